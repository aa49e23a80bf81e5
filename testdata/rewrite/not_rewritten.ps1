# Calls that are not rewritten in place: the finding says why.
Get-ChildItem C:\logs\*.log | Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject logs -SmtpServer relay.contoso.com
$settings = Import-PowerShellDataFile -Path .\mail.psd1
Send-MailMessage @settings
$result = Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject inline -SmtpServer relay.contoso.com
Send-MailMessage -To ops@contoso.com -Subject 'no sender' -SmtpServer relay.contoso.com
