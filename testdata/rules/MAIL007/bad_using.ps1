# MAIL007: System.Web.Mail types through using namespace.
using namespace System.Web.Mail

Add-Type -AssemblyName System.Web
$msg = [MailMessage]::new()   # expect: MAIL007
$msg.BodyFormat = [MailFormat]::Html   # expect: MAIL007
[SmtpMail]::SmtpServer = 'relay.contoso.com'   # expect: MAIL007
[SmtpMail]::Send($msg)   # expect: MAIL007
function Send-Legacy {
    param([System.Web.Mail.MailMessage] $Message)   # expect: MAIL007
    [Web.Mail.SmtpMail]::Send($Message)   # expect: MAIL007
}
