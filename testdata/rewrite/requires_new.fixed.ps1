#Requires -Version 5.1
#Requires -Modules Microsoft.Graph.Users.Actions
<#
.SYNOPSIS
    A #Requires -Modules line is added after the first #Requires line; no
    attachment helper is inserted (nothing is attached).
#>
param([string] $To = 'ops@contoso.com')

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
$message = @{
    subject      = 'Done'
    body         = @{ contentType = 'Text'; content = '' }
    toRecipients = @(ConvertTo-GraphRecipient $To)
}
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $message
