# expect-none: TLS003
# A write wrapped in try/catch counts as ensuring TLS 1.2.
try {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}
catch {
    Write-Warning "Unable to enable TLS 1.2: $_"
}
$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Try block' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
