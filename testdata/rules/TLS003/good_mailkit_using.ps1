# expect-none: TLS003
# With "using namespace MailKit.Net.Smtp", [SmtpClient] is MailKit's class, not System.Net.Mail's.
using namespace MailKit.Net.Smtp
using namespace MailKit.Security

Add-Type -Path "$PSScriptRoot\MimeKit.dll"
Add-Type -Path "$PSScriptRoot\MailKit.dll"

$msg = [MimeKit.MimeMessage]::new()
$msg.From.Add([MimeKit.MailboxAddress]::new('Reports', 'reports@contoso.com'))
$msg.To.Add([MimeKit.MailboxAddress]::new('Ops', 'ops@contoso.com'))
$msg.Subject = 'MailKit via using namespace'

$client = [SmtpClient]::new()
$client.Connect('smtp.office365.com', 587, [SecureSocketOptions]::StartTls)
$client.Authenticate([SaslMechanismOAuth2]::new('reports@contoso.com', $env:MAIL_ACCESS_TOKEN))
$client.Send($msg)
$client.Disconnect($true)
