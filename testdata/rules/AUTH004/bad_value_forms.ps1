# AUTH004: header values whose constant prefix is "Basic " even though the rest is computed.
$feedB64 = 'ZmVlZC1yZWFkZXI6UXVhcnR6LUxhbnRlcm4tNjI='
Invoke-RestMethod -Uri https://feeds.example.com/v2/items -Headers @{ Authorization = 'Basic ' + $feedB64 }   # expect: AUTH004
# The scheme is what matters: a Basic value taken from the environment is still Basic authentication.
Invoke-RestMethod -Uri https://feeds.example.com/v2/users -Headers @{ Authorization = "Basic $env:FEEDS_BASIC_B64" }   # expect: AUTH004
Invoke-RestMethod -Uri https://feeds.example.com/v2/tags -Headers @{ Authorization = ('Basic {0}' -f $feedB64) }   # expect: AUTH004
