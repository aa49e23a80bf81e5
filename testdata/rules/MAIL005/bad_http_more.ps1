# MAIL005: other HTTP clients calling the Exchange Online EWS endpoint.
$soap = Get-Content -Raw -Path "$PSScriptRoot\find-item.xml"

$wc = New-Object System.Net.WebClient
$wc.Headers.Add('Content-Type', 'text/xml')
$result = $wc.UploadString('https://outlook.office365.com/EWS/Exchange.asmx', $soap)   # expect: MAIL005

$request = [System.Net.WebRequest]::Create("https://outlook.office365.com/ews/exchange.asmx")   # related: MAIL005
$request.Method = 'POST'

$ewsCall = @{ Uri = 'https://outlook.office365.com/EWS/Exchange.asmx'; Method = 'Post'; ContentType = 'text/xml' }
Invoke-RestMethod @ewsCall -Body $soap   # related: MAIL005

$base = 'https://outlook.office365.com'
Invoke-WebRequest -Uri "$base/EWS/Exchange.asmx" -Method Post -Body $soap   # related: MAIL005
