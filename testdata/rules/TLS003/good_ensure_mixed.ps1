# expect-none: TLS003
# A mixed value still contains TLS 1.2 (TLS002 reports the weak part; TLS003 is satisfied).
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls11 -bor [Net.SecurityProtocolType]::Tls12
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Mixed' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)
