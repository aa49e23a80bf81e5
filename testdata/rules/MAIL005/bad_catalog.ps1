Add-Type -Path 'C:\ews\Microsoft.Exchange.WebServices.dll'   # expect: MAIL005
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService   # related: MAIL005
$svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
