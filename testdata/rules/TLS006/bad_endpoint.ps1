# TLS006: mail sinks pointed at the legacy TLS endpoints.
$cred = Get-Credential

Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject 'Scan' -SmtpServer smtp-legacy.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS006
Send-MailMessage ops@contoso.com 'Scan' 'Scanned document attached.' 'SMTP-LEGACY.OFFICE365.COM' -From scanner@contoso.com -Port 587 -UseSsl -Credential $cred   # expect: TLS006
Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject 'Alias' -ComputerName smtp-legacy.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS006
Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject '21Vianet' -SmtpServer smtp-legacy.partner.outlook.cn -Port 587 -UseSsl -Credential $cred   # expect: TLS006

$legacyHost = 'smtp-legacy.office365.com'
$mail = @{
    To         = 'ops@contoso.com'
    From       = 'scanner@contoso.com'
    Subject    = 'Splatted'
    SmtpServer = $legacyHost
    Port       = 587
    UseSsl     = $true
    Credential = $cred
}
Send-MailMessage @mail   # expect: TLS006

Add-Type -Path "$PSScriptRoot\MimeKit.dll"
Add-Type -Path "$PSScriptRoot\MailKit.dll"
$smtp = [MailKit.Net.Smtp.SmtpClient]::new()
$smtp.Connect('smtp-legacy.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)   # expect: TLS006
$smtp.Disconnect($true)
