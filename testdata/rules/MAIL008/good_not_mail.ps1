# expect-none: MAIL008
# Shallow ConvertTo-Json that never reaches a Graph mail request.
$message = @{ message = @{ subject = 'x'; toRecipients = @(@{ emailAddress = @{ address = 'ops@contoso.com' } }) } }

# logging the payload is not a request
Write-Verbose ($message | ConvertTo-Json)
$message | ConvertTo-Json | Out-File -FilePath .\last-message.json -Encoding utf8

# flat body to a non-mail Graph resource
$profileJson = @{ jobTitle = 'Operator'; officeLocation = 'Building 4' } | ConvertTo-Json
Invoke-MgGraphRequest -Method PATCH -Uri 'https://graph.microsoft.com/v1.0/users/ops@contoso.com' -Body $profileJson

# listing messages: no body at all
Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/me/messages?$top=5'

# sending an existing draft: no body
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/me/messages/$draftId/send"

# a web hook that is not Graph and not a mail path
$card = @{ text = 'Job finished' } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri 'https://hooks.example.com/notify' -Body $card -ContentType 'application/json'

# text only: a string and a comment
Write-Host 'Invoke-MgGraphRequest -Uri /sendMail -Body ($m | ConvertTo-Json)'
# Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body ($message | ConvertTo-Json)
<#
$body = $message | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body $body
#>
