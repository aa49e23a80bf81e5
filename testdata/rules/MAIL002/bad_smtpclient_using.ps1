# MAIL002: the same pattern with the bare type name under using namespace.
using namespace System.Net.Mail
using namespace System.Net

$smtp = [SmtpClient]::new('mail.contoso.com', 587)
$smtp.Credentials = [NetworkCredential]::new('svc-mail@contoso.com', $env:SMTP_PASSWORD)
$smtp.Send('svc-mail@contoso.com', 'ops@contoso.com', 'using namespace', 'text')   # expect: MAIL002
