#Requires -Version 5.1
# TLS003: "-Version 5.1" means 5.1 or later, so the script may still run on Windows PowerShell.
$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Five one' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
