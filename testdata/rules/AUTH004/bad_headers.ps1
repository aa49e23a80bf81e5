# AUTH004: Authorization headers with the Basic scheme handed to web cmdlets.
# The result is on the command that sends the header (the sink).

$pair = 'build-agent:Copper-Fjord-907'
$pairB64 = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($pair))

# Header hashtable kept in a variable (tracked), any case for the key.
$basicHeaders = @{ authorization = "Basic $pairB64"; Accept = 'application/json' }
Invoke-RestMethod -Uri https://api.example.com/v1/queue -Headers $basicHeaders   # expect: AUTH004

# Quoted key, literal Base64 value, plain http:// (error level).
Invoke-RestMethod -Uri http://reports.example.com/daily -Headers @{ 'Authorization' = 'Basic cmVwb3J0LWJvdDpPd2wtTmlnaHQtNTE1MA==' }   # expect: AUTH004

# Built-in aliases irm / iwr resolve to the web cmdlets.
irm https://api.example.com/v1/status -Headers $basicHeaders   # expect: AUTH004
iwr -Uri https://api.example.com/v1/export -Headers $basicHeaders -OutFile .\export.csv   # expect: AUTH004

# Header added to the hashtable after it was created.
$lateHeaders = @{}
$lateHeaders['Authorization'] = "Basic $pairB64"
Invoke-WebRequest -Uri https://api.example.com/v1/tickets -Headers $lateHeaders   # expect: AUTH004

# Multi-line hashtable argument: the result starts on the command line.
Invoke-RestMethod -Method Post -Uri https://api.example.com/v1/jobs -Headers @{   # expect: AUTH004
    Authorization  = "Basic $pairB64"
    'Content-Type' = 'application/json'
} -Body '{"name":"nightly"}'

# Splatted parameters with a nested Headers hashtable.
$irmArgs = @{
    Uri     = 'https://api.example.com/v1/users'
    Method  = 'Get'
    Headers = @{ Authorization = "Basic $pairB64" }
}
Invoke-RestMethod @irmArgs   # expect: AUTH004

# Backtick continuation.
# expect-next-line: AUTH004
Invoke-WebRequest -Uri https://api.example.com/v1/audit `
    -Headers @{ Authorization = "Basic $pairB64" } `
    -UseBasicParsing
