#Requires -Modules Microsoft.Graph.Users.Actions
param(
    [string[]] $Recipients = @('ops@contoso.com', 'dba@contoso.com')
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

$mail = @{
    From       = 'reports@contoso.com'
    To         = $Recipients
    SmtpServer = 'smtp.office365.com'
    Port       = 587
}
$mail.Subject = "Report $(Get-Date -Format yyyy-MM-dd)"
$mail['UseSsl'] = $true

function Send-Report {
    param([string] $Text)
    $message = @{
        subject      = $mail.Subject
        body         = @{ contentType = 'Text'; content = $Text }
        toRecipients = @(ConvertTo-GraphRecipient $mail.To)
    }
    Send-MgUserMail -UserId $mail.From -Message $message
}

Send-Report -Text 'done'
