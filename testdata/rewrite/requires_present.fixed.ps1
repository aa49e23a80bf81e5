#Requires -Modules @{ ModuleName = 'Microsoft.Graph'; ModuleVersion = '2.0.0' }
# The Microsoft.Graph roll-up module already brings Send-MgUserMail.
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

$sender = 'Jobs <jobs@contoso.com>'
$message = @{
    subject      = 'Done'
    body         = @{ contentType = 'Text'; content = '' }
    toRecipients = @(ConvertTo-GraphRecipient 'ops@contoso.com')
}
Send-MgUserMail -UserId ($sender -replace '^.*<([^>]+)>\s*$', '$1') -Message $message
