# expect-none: MAIL003
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'nightly' -SmtpServer relay.contoso.com -UseSsl
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'nightly' -SmtpServer 127.0.0.1
