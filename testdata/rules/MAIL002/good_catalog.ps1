# expect-none: MAIL002
$c = Get-Credential
Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $c
$smtp = [Net.Mail.SmtpClient]@{ Host = 'mail.contoso.com'; Port = 587; EnableSsl = $true }
$smtp.Credentials = $c.GetNetworkCredential()
$smtp.Send('b@contoso.com', 'a@contoso.com', 's', 'b')
Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer localhost -Credential $c
