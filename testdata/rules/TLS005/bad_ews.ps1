# TLS005 (note level): EWS autodiscover that follows any redirection.
Add-Type -Path 'C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll'
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$svc.UseDefaultCredentials = $true
$svc.AutodiscoverUrl('ops@contoso.com', { $true })   # expect: TLS005
