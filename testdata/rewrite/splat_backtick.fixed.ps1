param(
    [string[]] $Recipients = @('ops@contoso.com', 'dba@contoso.com')
)

function ConvertTo-GraphRecipient {
    param([string[]] $Address)
    foreach ($entry in $Address) {
        if ($entry -match '^\s*(?<n>.*?)\s*<(?<a>[^>]+)>\s*$') {
            @{ emailAddress = @{ name = $Matches.n; address = $Matches.a } }
        } else {
            @{ emailAddress = @{ address = $entry.Trim() } }
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
    Send-MgUserMail -UserId 'reports@contoso.com' -Message $message
}

Send-Report -Text 'done'
