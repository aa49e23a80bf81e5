# Draft messages and upload sessions: /messages and /createUploadSession URIs.
Connect-MgGraph -Identity -NoWelcome

$draft = @{
    subject      = 'Quarterly figures'
    body         = @{ contentType = 'HTML'; content = '<p>Draft attached.</p>' }
    toRecipients = @(@{ emailAddress = @{ address = 'finance@fabrikam.com'; name = 'Finance' } })
    ccRecipients = @(@{ emailAddress = @{ address = 'cfo@contoso.com' } })
}

# 1. create a draft in the mailbox
$draftJson = $draft | ConvertTo-Json
$created = Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/users/finance-bot@contoso.com/messages' -Body $draftJson   # expect: MAIL008

# 2. draft in a folder, Invoke-WebRequest, splatted request
$request = @{
    Method      = 'POST'
    Uri         = 'https://graph.microsoft.com/v1.0/users/finance-bot@contoso.com/mailFolders/drafts/messages'
    Body        = $draftJson
    ContentType = 'application/json'
    Headers     = $headers
}
Invoke-WebRequest @request -UseBasicParsing   # expect: MAIL008

# 3. reply with a message: -Depth 3 is one short (message 1, toRecipients 2, recipient 3, emailAddress 4)
$reply = @{ comment = 'See the figures.'; message = @{ toRecipients = @(@{ emailAddress = @{ address = 'cfo@contoso.com' } }) } }
$replyJson = $reply | ConvertTo-Json -Depth 3
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/users/finance-bot@contoso.com/messages/$($created.id)/reply" -Body $replyJson   # expect: MAIL008

# 4. backtick-continued command
$replyDraft = $draft | ConvertTo-Json
# expect-next-line: MAIL008
Invoke-MgGraphRequest -Method POST `
    -Uri 'https://graph.microsoft.com/v1.0/me/messages' `
    -Body $replyDraft `
    -ContentType 'application/json'

# 5. the shallow JSON is built inside a function and sent there
function Send-StatusMail {
    param([string]$To)
    $msg = @{ message = @{ subject = 'Status'; toRecipients = @(@{ emailAddress = @{ address = $To } }) } }
    $payload = $msg | ConvertTo-Json
    Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/me/sendMail' -Body $payload   # expect: MAIL008
}
Send-StatusMail -To 'ops@contoso.com'
