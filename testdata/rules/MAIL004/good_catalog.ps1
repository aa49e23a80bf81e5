# expect-none: MAIL004
using namespace MailKit.Net.Smtp
$k = [SmtpClient]::new()
$addr = [System.Net.Mail.MailAddress]::new('ops@contoso.com')
