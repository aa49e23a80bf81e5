# expect-none: MAIL004
# With using namespace MailKit.Net.Smtp, [SmtpClient] is MailKit's class.
using namespace MailKit.Net.Smtp
using namespace MailKit.Security

$client = [SmtpClient]::new()
$client.Connect('smtp.office365.com', 587, [SecureSocketOptions]::StartTls)
$other = New-Object MailKit.Net.Smtp.SmtpClient
