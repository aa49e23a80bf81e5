# expect-none: AUTH004
# Helper functions and dictionaries that do not produce Basic headers.

function New-BearerHeader {
    param([string]$Token)
    @{ Authorization = "Bearer $Token" }
}
$headers = New-BearerHeader -Token $token
Invoke-RestMethod -Uri https://api.example.com/v1/me -Headers $headers

# A function that only mentions Basic in a string it does not return as a header.
function Get-Headers {
    Write-Verbose 'Basic authentication is not used here.'
    @{ Accept = 'application/json' }
}
Invoke-RestMethod -Uri https://api.example.com/v1/me -Headers (Get-Headers)

# Dictionary with a bearer value.
$dict = New-Object 'System.Collections.Generic.Dictionary[[String],[String]]'
$dict.Add('Authorization', "Bearer $token")
Invoke-RestMethod -Uri https://api.example.com/v1/me -Headers $dict
