#Requires -Modules Microsoft.Graph.Users.Actions
# Every parameter that maps to Graph, and the SMTP ones that are dropped.
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

$cred = Import-Clixml -Path "$PSScriptRoot\smtp.xml"
$html = '<h1>Nightly</h1>'
$message = @{
    subject      = 'Nightly job failed'
    body         = @{ contentType = 'HTML'; content = $html }
    toRecipients = @(ConvertTo-GraphRecipient 'ops@contoso.com', 'Oncall <oncall@contoso.com>')
    ccRecipients = @(ConvertTo-GraphRecipient 'lead@contoso.com')
    bccRecipients = @(ConvertTo-GraphRecipient 'audit@contoso.com')
    replyTo      = @(ConvertTo-GraphRecipient 'help@contoso.com')
    importance   = 'high'
    attachments  = @(ConvertTo-GraphAttachment 'C:\logs\job.log', 'C:\logs\job.err')
    isDeliveryReceiptRequested = $true
}
Send-MgUserMail -UserId 'alerts@contoso.com' -Message $message
