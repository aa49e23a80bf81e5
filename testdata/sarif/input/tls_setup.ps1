# Golden input for the SARIF writer: TLS settings, good and bad.
[Net.ServicePointManager]::SecurityProtocol = 'Ssl3, Tls'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 -bor [Net.SecurityProtocolType]::Tls11
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'after the fix' -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential (Get-Credential)
