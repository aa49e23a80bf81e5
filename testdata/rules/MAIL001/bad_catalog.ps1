# P1 - named, positional, splatted and pipeline calls (catalog fixture)
Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'Disk low' -SmtpServer 'relay.contoso.local'   # expect: MAIL001
Send-MailMessage 'ops@contoso.com' 'Disk low' 'C: at 95%' 'relay.contoso.local' -From 'bot@contoso.com'   # expect: MAIL001
$m = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'x'; SmtpServer = 'relay' }
Microsoft.PowerShell.Utility\Send-MailMessage @m   # expect: MAIL001
Get-ChildItem C:\logs\*.log | Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject logs   # expect: MAIL001
