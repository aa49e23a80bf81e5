$body = $params | ConvertTo-Json
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/users/a@x.com/sendMail' -Body $body   # expect: MAIL008
