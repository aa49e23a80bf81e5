$p = @{ To = 'a@contoso.com'; From = 'b@contoso.com'; Subject = 's'; SmtpServer = 'mail.contoso.com'; Credential = $c; UseSsl = $false }
Send-MailMessage @p   # expect: MAIL002
