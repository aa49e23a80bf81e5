#Requires -Modules Microsoft.Graph.Users.Actions
# A straight-line SmtpClient send: the set-up lines go, the send becomes Graph.
param(
    [string[]] $Recipients = @('ops@contoso.com', 'dba@contoso.com'),
    [string] $Report = 'C:\reports\nightly.html'
)

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
$from = 'reports@contoso.com'
$message = @{
    subject      = "Nightly report $(Get-Date -Format yyyy-MM-dd)"
    body         = @{ contentType = 'HTML'; content = (Get-Content -Raw -Path $Report) }
    toRecipients = @(ConvertTo-GraphRecipient ($Recipients))
    ccRecipients = @(ConvertTo-GraphRecipient 'lead@contoso.com; "Doe, Jane" <jane@contoso.com>')
    replyTo      = @(ConvertTo-GraphRecipient 'helpdesk@contoso.com')
    importance   = 'high'
    attachments  = @(ConvertTo-GraphAttachment $Report)
    isDeliveryReceiptRequested = $true
    internetMessageHeaders = @(@{ name = 'X-Job-Id'; value = $env:JOB_ID })
}
Send-MgUserMail -UserId $from -Message $message   # send it
Write-Output 'sent'
