#Requires -PSEdition Desktop
# TLS003: Windows PowerShell only (raised confidence).
$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Desktop' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
