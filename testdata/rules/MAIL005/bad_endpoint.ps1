# MAIL005: raw HTTP calls to the Exchange Online EWS endpoint.
$token = $env:EWS_ACCESS_TOKEN
$soap = Get-Content -Raw -Path "$PSScriptRoot\find-item.xml"

Invoke-RestMethod -Method Post -Uri 'https://outlook.office365.com/EWS/Exchange.asmx' -ContentType 'text/xml; charset=utf-8' -Headers @{ Authorization = "Bearer $token" } -Body $soap   # expect: MAIL005
$response = Invoke-WebRequest -Uri "https://outlook.office.com/EWS/Exchange.asmx" -Method Post -Body $soap -ContentType 'text/xml' -Headers @{ Authorization = "Bearer $token" }   # related: MAIL005
$proxy = New-WebServiceProxy -Uri 'https://outlook.office365.com/EWS/Exchange.asmx' -UseDefaultCredential   # related: MAIL005

$ewsUri = 'https://outlook.office365.com/EWS/Exchange.asmx'
irm -Uri $ewsUri -Method Post -Body $soap -ContentType 'text/xml' -Headers @{ Authorization = "Bearer $token" }   # related: MAIL005

# related-next-line: MAIL005
Invoke-RestMethod -Method Post `
    -Uri 'https://outlook.office365.com/EWS/Exchange.asmx' `
    -ContentType 'text/xml' -Body $soap `
    -Headers @{ Authorization = "Bearer $token" }
