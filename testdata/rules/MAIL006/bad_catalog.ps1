Send-MailMessage -To a@example.com -From b@example.com -Subject s -SmtpServer smtp.example.com -Port 465 -UseSsl   # expect: MAIL006
