# expect-none: AUTH008
# AUTH008 negative fixture taken from the rule catalog (rules.md, section G).
Send-MailMessage -To a@contoso.com -From svc@contoso.com -Subject s -SmtpServer mail.contoso.local -UseSsl -Credential $cred
$smtp = [MailKit.Net.Smtp.SmtpClient]::new()
$smtp.Connect('smtp.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$smtp.Authenticate([MailKit.Security.SaslMechanismOAuth2]::new('svc@contoso.com', $token))
