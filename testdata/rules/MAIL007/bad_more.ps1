# MAIL007: more ways to reach CDO and Outlook automation that sends.
$cdo = New-Object -ComObject CDO.Message.1   # expect: MAIL007
$cdo2 = [Activator]::CreateInstance([Type]::GetTypeFromProgID('CDO.Message'))   # expect: MAIL007
$nts = New-Object -ComObject 'CDONTS.NewMail'   # expect: MAIL007
$progId = 'CDO.Configuration'
$conf = New-Object -ComObject $progId   # expect: MAIL007

# an Outlook instance that is already running
$running = [Runtime.InteropServices.Marshal]::GetActiveObject('Outlook.Application')   # expect: MAIL007
$mail = $running.CreateItem([Microsoft.Office.Interop.Outlook.OlItemType]::olMailItem)
$mail.To = 'ops@contoso.com'
$mail.Send()

# a template, and a versioned ProgID
$ol = New-Object -ComObject 'Outlook.Application.16'   # expect: MAIL007
$fromTemplate = $ol.CreateItemFromTemplate("$PSScriptRoot\report.oft")
$fromTemplate.Send()

# the item created and sent in one expression
$ol2 = New-Object -ComObject Outlook.Application   # expect: MAIL007
$ol2.CreateItem(0).Send()

# a script-level Outlook object used by a function
$outlook = New-Object -ComObject Outlook.Application   # expect: MAIL007
function Send-Report {
    param([string] $To)
    $item = $outlook.CreateItem(0)
    $item.To = $To
    $item.Subject = 'Report'
    $item.Send()
}
Send-Report -To 'ops@contoso.com'
