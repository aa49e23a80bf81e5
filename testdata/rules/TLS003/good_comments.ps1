# expect-none: TLS003
# Commented-out and quoted sends are not sends.
# Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Old' -SmtpServer smtp.office365.com -UseSsl
<#
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Old' -SmtpServer smtp.office365.com -Port 587 -UseSsl
#>
$example = 'Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl'
Write-Host "Example of the old way: $example"
