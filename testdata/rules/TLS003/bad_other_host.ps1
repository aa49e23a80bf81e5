# TLS003 (note level): STARTTLS to a host that is not Exchange Online.
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Internal relay' -SmtpServer mail.contoso.com -Port 587 -UseSsl   # expect: TLS003

$relay = New-Object System.Net.Mail.SmtpClient('mail.contoso.com', 587)
$relay.EnableSsl = $true
$relay.UseDefaultCredentials = $true
$relay.Send('reports@contoso.com', 'ops@contoso.com', 'Internal', 'Body text')   # expect: TLS003
