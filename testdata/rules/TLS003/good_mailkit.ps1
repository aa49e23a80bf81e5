# expect-none: TLS003
# MailKit negotiates TLS through its own SslProtocols and is excluded from TLS003.
Add-Type -Path "$PSScriptRoot\MimeKit.dll"
Add-Type -Path "$PSScriptRoot\MailKit.dll"

$msg = [MimeKit.MimeMessage]::new()
$msg.From.Add([MimeKit.MailboxAddress]::new('Reports', 'reports@contoso.com'))
$msg.To.Add([MimeKit.MailboxAddress]::new('Ops', 'ops@contoso.com'))
$msg.Subject = 'MailKit'
$part = [MimeKit.TextPart]::new('plain')
$part.Text = 'Sent with MailKit.'
$msg.Body = $part

$smtp = [MailKit.Net.Smtp.SmtpClient]::new()
$smtp.Connect('smtp.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$smtp.Authenticate([MailKit.Security.SaslMechanismOAuth2]::new('reports@contoso.com', $env:MAIL_ACCESS_TOKEN))
$smtp.Send($msg)
$smtp.Disconnect($true)
