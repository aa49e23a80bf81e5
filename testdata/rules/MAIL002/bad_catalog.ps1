$c = Get-Credential
Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer mail.contoso.com -Credential $c   # expect: MAIL002
$smtp = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
$smtp.Credentials = $c.GetNetworkCredential()
$smtp.Send('b@contoso.com', 'a@contoso.com', 's', 'b')   # expect: MAIL002
