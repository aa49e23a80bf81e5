# AUTH004: Basic headers that reach the web cmdlets from a helper function or a
# Dictionary object (forms found in public scripts).

function New-BasicAuthHeader {
    param([string]$User, [string]$Token)
    $pair = $User + ':' + $Token
    $b64 = [System.Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($pair))
    @{ Authorization = ('Basic {0}' -f $b64) }
}

function Get-BuildList {
    param($Connection)
    $headers = New-BasicAuthHeader -User $Connection.User -Token $Connection.Token
    Invoke-RestMethod -Uri "https://dev.example.com/$($Connection.Org)/_apis/build/builds" -Headers $headers -Method Get   # expect: AUTH004
}

Invoke-RestMethod -Uri https://dev.example.com/_apis/projects -Headers (New-BasicAuthHeader -User svc -Token $env:PAT)   # expect: AUTH004

# Generic Dictionary filled with Add(): the value is not a hashtable literal.
$ticketHeaders = New-Object 'System.Collections.Generic.Dictionary[[String],[String]]'
$ticketHeaders.Add('Authorization', ('Basic {0}' -f $ticketAuth))
$ticketHeaders.Add('Accept', 'application/json')
Invoke-RestMethod -Method Get -Uri 'https://tickets.example.com/api/now/table/incident' -Headers $ticketHeaders   # expect: AUTH004

# -AllowUnencryptedAuthentication with a bearer token: not Basic, but the token may cross plain HTTP.
Invoke-RestMethod -Uri http://intranet.example.com/api -Authentication Bearer -Token $secureToken -AllowUnencryptedAuthentication   # expect: AUTH004
