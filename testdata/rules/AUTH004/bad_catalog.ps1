# AUTH004 fixture taken from the rule catalog (rules.md, section G).
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${user}:${pass}"))
Invoke-RestMethod -Uri https://api.contoso.com/x -Headers @{ Authorization = "Basic $b64" }   # expect: AUTH004
Invoke-WebRequest -Uri http://legacy.contoso.com/report -Headers @{ Authorization = 'Basic c3ZjOnB3' }   # expect: AUTH004
