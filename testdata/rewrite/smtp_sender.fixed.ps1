#Requires -Modules Microsoft.Graph.Users.Actions
# Sender and From (send on behalf), ReplyTo, a four-argument Send.
function ConvertTo-GraphRecipient {
    param([string[]] $Address)
    foreach ($list in $Address) {
        foreach ($entry in [regex]::Split([string]$list, '[,;](?=(?:[^"]*"[^"]*")*[^"]*$)')) {
            if ($entry -match '^\s*"?(?<n>[^"<]*?)"?\s*<(?<a>[^>]+)>\s*$') {
                @{ emailAddress = @{ name = $Matches.n; address = $Matches.a.Trim() } }
            } elseif ($entry.Trim()) {
                @{ emailAddress = @{ address = $entry.Trim() } }
            }
        }
    }
}

$message = 'Job finished'
$graphMessage = @{
    subject      = 'Job'
    body         = @{ contentType = 'Text'; content = $message }
    toRecipients = @(ConvertTo-GraphRecipient 'ops@contoso.com')
    replyTo      = @(ConvertTo-GraphRecipient 'team@contoso.com')
    from         = @(ConvertTo-GraphRecipient 'Team <team@contoso.com>')[0]
}
Send-MgUserMail -UserId 'svc-jobs@contoso.com' -Message $graphMessage
