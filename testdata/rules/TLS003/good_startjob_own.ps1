# expect-none: TLS003
# The job's own script block enables TLS 1.2 before it sends.
$cred = Get-Credential
$job = Start-Job -ScriptBlock {
    param($Credential)
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    Send-MailMessage -To ops@contoso.com -From jobs@contoso.com -Subject 'Job with TLS line' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential
} -ArgumentList $cred
$job | Wait-Job | Receive-Job
