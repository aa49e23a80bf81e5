# expect-none: MAIL004
# Both namespaces imported: [SmtpClient] is ambiguous, so the analyzer does not guess.
using namespace System.Net.Mail
using namespace MailKit.Net.Smtp

$client = [SmtpClient]::new()
$message = [MailMessage]::new('bot@contoso.com', 'ops@contoso.com', 'subject', 'body')
