$c = Get-Credential
Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $c   # expect: TLS003
