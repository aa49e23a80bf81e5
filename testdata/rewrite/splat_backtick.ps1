param(
    [string[]] $Recipients = @('ops@contoso.com', 'dba@contoso.com')
)

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
    Send-MailMessage @mail `
        -Body $Text `
        -Credential (Get-Credential)
}

Send-Report -Text 'done'
