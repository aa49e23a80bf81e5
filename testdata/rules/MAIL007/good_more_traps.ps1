# expect-none: MAIL007
# Outlook objects that do not send, ambiguous short names, other ProgIDs.
using namespace System.Net.Mail
using namespace System.Web.Mail

# [MailMessage] could be System.Net.Mail's or System.Web.Mail's: not guessed
$msg = [MailMessage]::new('bot@contoso.com', 'ops@contoso.com')

$ol = New-Object -ComObject Outlook.Application
$item = $ol.CreateItem(0)
$item.Subject = 'draft'
$item.Save()
# the variable is reassigned before Send: the Outlook item is not what is sent
$item = [System.Net.Mail.SmtpClient]::new('relay.contoso.com')
$item.Send('bot@contoso.com', 'ops@contoso.com', 'subject', 'body')
# Send on something that did not come from Outlook
$other = Get-Item -Path 'C:\reports\daily.csv'
$other.Send()

$http = New-Object -ComObject 'MSXML2.XMLHTTP'
$http.Send()
$cdoLike = New-Object -ComObject 'CDO.MessageQueue'
Write-Host 'CDO.Message'
