#Requires -Version 5.1
#Requires -Module Az.Accounts, Microsoft.Graph.Users.Actions
# Two sends: the module joins the existing #Requires -Modules line, the
# recipient helper is inserted once, the attachment helper once (one send
# has attachments).
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

function ConvertTo-GraphAttachment {
    param([string[]] $Path)
    foreach ($p in $Path) {
        $full = Convert-Path -LiteralPath $p
        @{
            '@odata.type' = '#microsoft.graph.fileAttachment'
            name          = [IO.Path]::GetFileName($full)
            contentType   = 'application/octet-stream'
            contentBytes  = [Convert]::ToBase64String([IO.File]::ReadAllBytes($full))
        }
    }
}

$from = 'jobs@contoso.com'
$message = @{
    subject      = 'Started'
    body         = @{ contentType = 'Text'; content = '' }
    toRecipients = @(ConvertTo-GraphRecipient 'ops@contoso.com, dba@contoso.com')
}
Send-MgUserMail -UserId $from -Message $message
$message = @{
    subject      = 'Done'
    body         = @{ contentType = 'Text'; content = '' }
    toRecipients = @(ConvertTo-GraphRecipient 'ops@contoso.com')
    attachments  = @(ConvertTo-GraphAttachment '.\job.log')
}
Send-MgUserMail -UserId $from -Message $message
