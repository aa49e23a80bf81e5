# MAIL004: bare type name resolved through using namespace System.Net.Mail.
using namespace System.Net.Mail

$c1 = [SmtpClient]::new('relay.contoso.com')   # expect: MAIL004
$c2 = [smtpclient]@{ Host = 'relay.contoso.com'; Port = 587; EnableSsl = $true }   # expect: MAIL004
$c3 = [System.Net.Mail.SmtpClient]::new()   # expect: MAIL004
$m = [MailMessage]::new('bot@contoso.com', 'ops@contoso.com', 'subject', 'body')
