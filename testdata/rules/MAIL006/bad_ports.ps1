# MAIL006: port and TLS mode that cannot work together.
$cred = Get-Credential
$msg = New-Object Net.Mail.MailMessage('bot@contoso.com', 'ops@contoso.com', 'Report', 'text')

# Send-MailMessage only does STARTTLS: port 465 (implicit TLS) cannot work, with or without -UseSsl
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'implicit TLS port' -SmtpServer mail.contoso.com -Port 465 -UseSsl -Credential $cred   # expect: MAIL006
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'no TLS at all' -SmtpServer mail.contoso.com -Port 465   # expect: MAIL006
send-mailmessage -to ops@contoso.com -from bot@contoso.com -subject 'port as a string' -smtpserver mail.contoso.com -port '465' -usessl   # expect: MAIL006

# Exchange Online SMTP AUTH accepts 587 (or 25) only
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'EXO custom port' -SmtpServer smtp.office365.com -Port 2525 -UseSsl -Credential $cred   # expect: MAIL006
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'EXO 465' -SmtpServer SMTP.Office365.com -Port 465 -UseSsl -Credential $cred   # expect: MAIL006

# port added to a splat after the literal
$mail = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'splat'; SmtpServer = 'mail.contoso.com'; UseSsl = $true }
$mail['Port'] = 465
Send-MailMessage @mail   # expect: MAIL006

# expect-next-line: MAIL006
Send-MailMessage -To ops@contoso.com -From bot@contoso.com `
    -Subject 'backtick' -SmtpServer mail.contoso.com `
    -Port 465 -UseSsl

function Send-Weekly {
    Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'in a function' -SmtpServer mail.contoso.com -Port 465 -UseSsl   # expect: MAIL006
}
Send-Weekly

# System.Net.Mail.SmtpClient is STARTTLS-only as well: reported on the Send call
$c1 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 465)
$c1.EnableSsl = $true
$c1.Send($msg)   # expect: MAIL006

$c2 = [Net.Mail.SmtpClient]::new('mail.contoso.com')
$c2.Port = 465
$c2.EnableSsl = $true
$c2.Send($msg)   # expect: MAIL006

$c3 = [System.Net.Mail.SmtpClient]@{ Host = 'mail.contoso.com'; Port = 465; EnableSsl = $true }
$c3.SendMailAsync($msg).Wait()   # expect: MAIL006

# MailKit: reported on the Connect call
$mk1 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk1.Connect('mail.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::SslOnConnect)   # expect: MAIL006
$mk2 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk2.Connect('mail.contoso.com', 465, [MailKit.Security.SecureSocketOptions]::StartTls)   # expect: MAIL006
$mk3 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk3.Connect('mail.contoso.com', 25, [MailKit.Security.SecureSocketOptions]::SslOnConnect)   # expect: MAIL006
# bool overload: $true means SSL-on-connect
$mk4 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk4.Connect('mail.contoso.com', 587, $true)   # expect: MAIL006

# Exchange Online host taken from $PSEmailServer
$PSEmailServer = 'smtp.office365.com'
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'EXO host from PSEmailServer' -Port 8025 -UseSsl -Credential $cred   # expect: MAIL006
