# Graph sendMail requests whose JSON body is built with the default ConvertTo-Json depth (2).
Connect-MgGraph -ClientId $clientId -TenantId $tenantId -CertificateThumbprint $thumb -NoWelcome

$sender = 'reports@contoso.com'
$message = @{
    message = @{
        subject      = 'Nightly report'
        body         = @{ contentType = 'Text'; content = 'The nightly job finished.' }
        toRecipients = @(
            @{ emailAddress = @{ address = 'ops@contoso.com' } }
        )
    }
    saveToSentItems = $false
}

# 1. no -Depth, body via a variable, expandable URI
$json = $message | ConvertTo-Json
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Body $json -ContentType 'application/json'   # expect: MAIL008

# 2. -Depth below 5
$json3 = ConvertTo-Json -InputObject $message -Depth 3
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body $json3   # expect: MAIL008

# 3. -Depth 3 with -Compress, colon form, Invoke-RestMethod: emailAddress is at level 4
#    (message 1, toRecipients 2, recipient 3, emailAddress 4; arrays count as a level)
$accessToken = (Get-AzAccessToken -ResourceUrl 'https://graph.microsoft.com').Token
$headers = @{ Authorization = "Bearer $accessToken" }
$compact = $message | ConvertTo-Json -Compress -Depth:3
Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Headers $headers -Body $compact -ContentType 'application/json'   # expect: MAIL008

# 4. ConvertTo-Json inline in the -Body argument
Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Headers $headers -Body ($message | ConvertTo-Json) -ContentType 'application/json'   # expect: MAIL008

# 5. JSON piped straight into Invoke-RestMethod (-Body takes pipeline input)
$message | ConvertTo-Json | Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Headers $headers -ContentType 'application/json'   # expect: MAIL008

# 6. built-in alias irm, lower-case cmdlet names
$lower = $message | convertto-json
irm -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Headers $headers -Body $lower -ContentType 'application/json'   # expect: MAIL008

# 7. URI held in a variable
$sendUri = 'https://graph.microsoft.com/v1.0/users/alerts@contoso.com/sendMail'
$alertJson = ConvertTo-Json $message
INVOKE-MGGRAPHREQUEST -Method POST -Uri $sendUri -Body $alertJson   # expect: MAIL008
