# MAIL007: legacy mail APIs (CDO, System.Web.Mail, Outlook automation).

# CDO: reported on the New-Object -ComObject command
$cdo = New-Object -ComObject CDO.Message   # expect: MAIL007
$conf = New-Object -ComObject CDO.Configuration   # expect: MAIL007
$cdo2 = New-Object -com 'cdo.message'   # expect: MAIL007
$cdo3 = New-Object -ComObject:"CDO.Message"   # expect: MAIL007
$conf.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendusing') = 2
$conf.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserver') = 'relay.contoso.com'
$conf.Fields.Update()
$cdo.Configuration = $conf
$cdo.From = 'bot@contoso.com'
$cdo.To = 'ops@contoso.com'
$cdo.Subject = 'CDO'
$cdo.Send()

# expect-next-line: MAIL007
$cdo4 = New-Object `
    -ComObject CDO.Message

# System.Web.Mail (.NET 1.x, obsolete since .NET 2.0): reported on each type use
Add-Type -AssemblyName System.Web
[System.Web.Mail.SmtpMail]::SmtpServer = 'relay.contoso.com'   # expect: MAIL007
$webMail = New-Object System.Web.Mail.MailMessage   # expect: MAIL007
$webMail.From = 'bot@contoso.com'
$webMail.To = 'ops@contoso.com'
$webMail.BodyFormat = [System.Web.Mail.MailFormat]::Text   # expect: MAIL007
[Web.Mail.SmtpMail]::Send($webMail)   # expect: MAIL007

# Outlook automation that sends: reported on the New-Object -ComObject command
function Send-ViaOutlook {
    param([string] $To, [string] $Subject)
    $outlook = New-Object -ComObject Outlook.Application   # expect: MAIL007
    $item = $outlook.CreateItem(0)
    $item.To = $To
    $item.Subject = $Subject
    $item.Body = 'sent from the desktop profile'
    $item.Send()
}
Send-ViaOutlook -To 'ops@contoso.com' -Subject 'Outlook automation'
