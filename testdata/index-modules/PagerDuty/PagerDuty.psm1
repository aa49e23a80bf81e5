# A module kept outside the scanned tree (--module-path testdata/index-modules).
function Send-PagerMail {
    param([string]$Text)
    Send-MailMessage -From 'pager@contoso.example' -To 'pager@contoso.example' -Subject $Text `
        -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential (Get-Credential)
}
