# AUTH004: PowerShell 7 -Authentication Basic, -AllowUnencryptedAuthentication,
# WebClient headers and HttpClient AuthenticationHeaderValue.

$apiCred = Get-Credential -Message 'API account'

Invoke-RestMethod -Uri https://api.example.com/v1/orders -Authentication Basic -Credential $apiCred   # expect: AUTH004
Invoke-WebRequest -Uri http://intranet.example.com/status -Credential $apiCred -AllowUnencryptedAuthentication   # expect: AUTH004

# Both signals on one command: one combined result.
Invoke-RestMethod -Uri http://intranet.example.com/api -Authentication Basic -Credential $apiCred -AllowUnencryptedAuthentication   # expect: AUTH004

$exportB64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(('{0}:{1}' -f $apiCred.UserName, $apiCred.GetNetworkCredential().Password)))

$wc = New-Object System.Net.WebClient
$wc.Headers.Add('Authorization', "Basic $exportB64")   # expect: AUTH004
$report = $wc.DownloadString('https://api.example.com/v1/report')

$http = [System.Net.Http.HttpClient]::new()
$http.DefaultRequestHeaders.Authorization = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Basic', $exportB64)   # expect: AUTH004
$legacyAuth = New-Object System.Net.Http.Headers.AuthenticationHeaderValue('Basic', $exportB64)   # expect: AUTH004
