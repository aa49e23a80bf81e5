# MAIL003: MailKit with SecureSocketOptions.None and no Authenticate; reported on the Send call.
Add-Type -Path "$PSScriptRoot\lib\MimeKit.dll"
Add-Type -Path "$PSScriptRoot\lib\MailKit.dll"
$message = [MimeKit.MimeMessage]::new()
$message.From.Add([MimeKit.MailboxAddress]::new('Reports', 'bot@contoso.com'))
$message.To.Add([MimeKit.MailboxAddress]::new('', 'ops@contoso.com'))
$message.Subject = 'plain relay'
$message.Body = [MimeKit.TextPart]::new('plain')

$mk = [MailKit.Net.Smtp.SmtpClient]::new()
$mk.Connect('relay.contoso.com', 25, [MailKit.Security.SecureSocketOptions]::None)
$mk.Send($message)   # expect: MAIL003
$mk.Disconnect($true)
