# expect-none: MAIL007
# COM and System.Web uses that are not legacy mail sending.
param(
    [string] $ProgId
)
$xl = New-Object -ComObject Excel.Application
$shell = New-Object -ComObject WScript.Shell
$unknown = New-Object -ComObject $ProgId

# Outlook used to read the calendar: nothing is sent
$outlook = New-Object -ComObject Outlook.Application
$calendar = $outlook.GetNamespace('MAPI').GetDefaultFolder(9)
$calendar.Items.Count

# Outlook creates an appointment (olAppointmentItem = 1) and saves it
$ol2 = New-Object -ComObject Outlook.Application
$appt = $ol2.CreateItem(1)
$appt.Subject = 'Maintenance window'
$appt.Save()

# Outlook shows a draft to the user; the script does not send it
$ol3 = New-Object -ComObject Outlook.Application
$draft = $ol3.CreateItem(0)
$draft.To = 'ops@contoso.com'
$draft.Display()

# System.Web, but not System.Web.Mail; System.Net.Mail is MAIL004's business
Add-Type -AssemblyName System.Web
$encoded = [System.Web.HttpUtility]::HtmlEncode('<b>report</b>')
$netMsg = New-Object System.Net.Mail.MailMessage('bot@contoso.com', 'ops@contoso.com', 'subject', 'body')

# mentions only
# $cdo = New-Object -ComObject CDO.Message
Write-Host 'CDO.Message and System.Web.Mail.SmtpMail were removed from this script'
$progIds = @('CDO.Message', 'CDO.Configuration')
