# expect-none: MAIL008
# Graph mail requests whose JSON is deep enough, or that are not built with ConvertTo-Json at all.
Connect-MgGraph -ClientId $clientId -TenantId $tenantId -CertificateThumbprint $thumb -NoWelcome

$sender = 'reports@contoso.com'
$message = @{
    message = @{
        subject      = 'Nightly report'
        body         = @{ contentType = 'Text'; content = 'The nightly job finished.' }
        toRecipients = @(@{ emailAddress = @{ address = 'ops@contoso.com' } })
    }
}

# -Depth 5 is the threshold
$json5 = $message | ConvertTo-Json -Depth 5
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Body $json5

# -Depth:10 with -Compress, lower case
$compact = $message | convertto-json -compress -depth:10
Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Headers $headers -Body $compact -ContentType 'application/json'

# depth held in a variable
$depth = 8
$viaVar = ConvertTo-Json -InputObject $message -Depth $depth
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body $viaVar

# depth given through a splat
$jsonArgs = @{ Depth = 12; Compress = $true }
$viaSplat = $message | ConvertTo-Json @jsonArgs
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body $viaSplat

# the shallow conversion is overwritten before the request
$later = $message | ConvertTo-Json
$later = $message | ConvertTo-Json -Depth 10
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body $later

# hashtable passed as is: Invoke-MgGraphRequest serialises it itself
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Body $message

# Graph SDK cmdlet with a hashtable body
Send-MgUserMail -UserId $sender -BodyParameter $message

# JSON written by hand in a here-string
$literal = @'
{
  "message": {
    "subject": "Ping",
    "toRecipients": [ { "emailAddress": { "address": "ops@contoso.com" } } ]
  }
}
'@
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body $literal -ContentType 'application/json'

# piped JSON with enough depth
$message | ConvertTo-Json -Depth 6 | Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Headers $headers -ContentType 'application/json'

# -Depth 4 is enough for this fully known body: the deepest object, emailAddress, is at level 4
# (message 1, toRecipients 2, recipient 3, emailAddress 4; strings are not objects).
$json4 = $message | ConvertTo-Json -Depth 4
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Body $json4

# The upload-session body is flat (AttachmentItem at level 1): -Depth 2 and the default keep it whole.
$session = @{ AttachmentItem = @{ attachmentType = 'file'; name = 'figures.xlsx'; size = 7340032 } }
$sessionJson = $session | ConvertTo-Json -Depth 2
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/me/messages/$draftId/attachments/createUploadSession" -Body $sessionJson
$sessionDefault = @{ AttachmentItem = $attachmentItem } | ConvertTo-Json
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/me/messages/$draftId/attachments/createUploadSession" -Body $sessionDefault

# JSON built inside the splatted request with enough depth
$request = @{
    Method      = 'Post'
    Uri         = "https://graph.microsoft.com/v1.0/users/$sender/sendMail"
    Body        = $message | ConvertTo-Json -Depth 10
    ContentType = 'application/json'
}
Invoke-RestMethod @request

# Upload session with computed name and size: the body still nests only one level.
$file = @{ AttachmentItem = [ordered]@{ attachmentType = 'file'; name = $fileName; size = $fileSize } }
$fileJson = $file | ConvertTo-Json -Depth 2
$uploadUri = "https://graph.microsoft.com/v1.0/users('" + $sender + "')/messages/" + $draft.id + "/attachments/createUploadSession"
Invoke-RestMethod -Method POST -Uri $uploadUri -Headers $headers -Body $fileJson -ContentType 'application/json; charset=UTF-8'
