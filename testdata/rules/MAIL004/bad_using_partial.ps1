# MAIL004: a partial name completed by using namespace System.Net.
using namespace System.Net

$c1 = [Mail.SmtpClient]::new('relay.contoso.com')   # expect: MAIL004
$c2 = New-Object Mail.SmtpClient('relay.contoso.com')   # expect: MAIL004
$cred = [NetworkCredential]::new('user', $env:SMTP_PASSWORD)
