# TLS003: TLS 1.2 is enabled only inside a function that is never called.
function Enable-Tls12 {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}

$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Weekly' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
