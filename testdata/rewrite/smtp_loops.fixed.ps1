#Requires -Modules Microsoft.Graph.Users.Actions
# Recipients gathered in loops; the script's own $message variable is kept.
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

function Send-Digest {
    param($Users, [string] $Message)
    try {
        $graphMessage = @{
            subject      = 'Digest'
            body         = @{ contentType = 'Text'; content = $Message }
            toRecipients = @(ConvertTo-GraphRecipient @($Users | ForEach-Object { $_.Mail }))
            bccRecipients = @(ConvertTo-GraphRecipient @(foreach ($u in $Users) { $u.Manager }))
        }
        Send-MgUserMail -UserId 'digest@contoso.com' -Message $graphMessage
    } catch {
        Write-Warning $_
    }
}
Send-Digest -Users (Import-Csv .\users.csv) -Message 'Weekly digest'
