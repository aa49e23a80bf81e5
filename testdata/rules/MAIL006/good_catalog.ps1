# expect-none: MAIL006
Send-MailMessage -To a@example.com -From b@example.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl
