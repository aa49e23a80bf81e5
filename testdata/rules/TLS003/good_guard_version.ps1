# expect-none: TLS003
# A write under a Windows PowerShell guard counts as ensuring TLS 1.2.
if ($PSVersionTable.PSVersion.Major -lt 6) {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}
$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Guarded (version)' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
