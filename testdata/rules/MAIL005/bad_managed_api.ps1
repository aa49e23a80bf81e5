# MAIL005: EWS Managed API loads and type uses (one finding per statement).
param(
    [string] $Mailbox = 'ops@contoso.com'
)
$token = $env:EWS_ACCESS_TOKEN

Add-Type -Path "$PSScriptRoot\lib\Microsoft.Exchange.WebServices.dll"   # expect: MAIL005
[Reflection.Assembly]::LoadFrom('C:\ews\Microsoft.Exchange.WebServices.dll') | Out-Null   # related: MAIL005
[void][System.Reflection.Assembly]::LoadFile('C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll')   # related: MAIL005
Import-Module -Name 'C:\ews\Microsoft.Exchange.WebServices.dll'   # related: MAIL005

$svc = [Microsoft.Exchange.WebServices.Data.ExchangeService]::new([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)   # related: MAIL005
$svc.Credentials = [Microsoft.Exchange.WebServices.Data.OAuthCredentials]::new($token)   # related: MAIL005
$svc.Url = [uri]'https://outlook.office365.com/EWS/Exchange.asmx'
$svc.HttpHeaders.Add('X-AnchorMailbox', $Mailbox)

$mail = New-Object Microsoft.Exchange.WebServices.Data.EmailMessage($svc)   # related: MAIL005
$mail.Subject = 'Nightly report'
$mail.Body = [Microsoft.Exchange.WebServices.Data.MessageBody]::new('HTML', '<p>done</p>')   # related: MAIL005
[void]$mail.ToRecipients.Add('ops@contoso.com')
$mail.SendAndSaveCopy()

function Get-InboxCount {
    param($Service)
    $inbox = [Microsoft.Exchange.WebServices.Data.Folder]::Bind($Service, [Microsoft.Exchange.WebServices.Data.WellKnownFolderName]::Inbox)   # expect: MAIL005
    $inbox.TotalCount
}
Get-InboxCount -Service $svc

# type names are case-insensitive
$legacy = new-object microsoft.exchange.webservices.data.exchangeservice   # related: MAIL005
$legacy.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials('svc-ews@contoso.com', $env:EWS_PASSWORD)   # related: MAIL005
$legacy.AutodiscoverUrl('svc-ews@contoso.com', { param($url) $url.StartsWith('https://') })

# an on-premises EWS URL still gets a finding (lowered to a note)
$onPrem = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService   # related: MAIL005
$onPrem.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'
$onPrem.UseDefaultCredentials = $true
