# Sender and From (send on behalf), ReplyTo, a four-argument Send.
$message = 'Job finished'
$smtp = New-Object Net.Mail.SmtpClient 'smtp.office365.com'
$msg = New-Object Net.Mail.MailMessage
$msg.Sender = 'svc-jobs@contoso.com'
$msg.From = New-Object Net.Mail.MailAddress('team@contoso.com', 'Team')
$msg.To.Add('ops@contoso.com')
$msg.ReplyTo = 'team@contoso.com'
$msg.Subject = 'Job'
$msg.Body = $message
$msg.BodyEncoding = [Text.Encoding]::UTF8
$smtp.Send($msg)
