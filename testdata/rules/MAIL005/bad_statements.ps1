# MAIL005: one finding per statement; names of EWS types (enum values, schema
# properties, parameter types) get no finding of their own when the file also
# creates EWS objects or calls EWS methods.
param(
    [Microsoft.Exchange.WebServices.Data.ExchangeVersion] $Version = 'Exchange2013_SP1'
)
$svc = [Microsoft.Exchange.WebServices.Data.ExchangeService]@{ Url = 'https://outlook.office365.com/EWS/Exchange.asmx' }   # expect: MAIL005
$view = New-Object Microsoft.Exchange.WebServices.Data.ItemView(100, 0, [Microsoft.Exchange.WebServices.Data.OffsetBasePoint]::Beginning)   # related: MAIL005
$propAlias = [Microsoft.Exchange.WebServices.Data.ContactSchema]::Alias
$version = [Microsoft.Exchange.WebServices.Data.ExchangeVersion]'Exchange2016'
$view.PropertySet = New-Object Microsoft.Exchange.WebServices.Data.PropertySet([Microsoft.Exchange.WebServices.Data.BasePropertySet]::IdOnly, $propAlias)   # related: MAIL005
if ($svc -is [Microsoft.Exchange.WebServices.Data.ExchangeService]) {
    $items = $svc.FindItems([Microsoft.Exchange.WebServices.Data.WellKnownFolderName]::Inbox, $view)
}
try {
    $folder = [Microsoft.Exchange.WebServices.Data.Folder]::Bind($svc, [Microsoft.Exchange.WebServices.Data.WellKnownFolderName]::Inbox)   # related: MAIL005
} catch [Microsoft.Exchange.WebServices.Data.ServiceResponseException] {
    Write-Warning $_
}
