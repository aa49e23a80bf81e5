# expect-none: MAIL005
# EWS is retired in Exchange Online; this script uses Graph
Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/users/a@contoso.com/messages'
