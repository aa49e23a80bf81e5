# expect-none: TLS003
# Thread jobs, -Parallel runspaces and a local Invoke-Command share this
# process, so they inherit the SecurityProtocol set here.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$cred = Get-Credential

$job = Start-ThreadJob -ScriptBlock {
    Send-MailMessage -To ops@contoso.com -From jobs@contoso.com -Subject 'Thread job' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $using:cred
}
$job | Wait-Job | Receive-Job

'a@contoso.com', 'b@contoso.com' | ForEach-Object -Parallel {
    Send-MailMessage -To $_ -From jobs@contoso.com -Subject 'Parallel' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $using:cred
} -ThrottleLimit 2

Invoke-Command -ScriptBlock {
    param($Credential)
    Send-MailMessage -To ops@contoso.com -From jobs@contoso.com -Subject 'Local Invoke-Command' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential
} -ArgumentList $cred
