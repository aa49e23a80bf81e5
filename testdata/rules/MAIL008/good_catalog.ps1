# expect-none: MAIL008
$body = $params | ConvertTo-Json -Depth 10
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/users/a@x.com/sendMail' -Body $body -ContentType 'application/json'
