#Requires -Version 6.0
# expect-none: TLS003
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'PowerShell 6+' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)
