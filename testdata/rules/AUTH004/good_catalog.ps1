# expect-none: AUTH004
# AUTH004 negative fixture taken from the rule catalog (rules.md, section G).
Invoke-RestMethod -Uri https://api.contoso.com/x -Headers @{ Authorization = "Bearer $accessToken" }
Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/me'
