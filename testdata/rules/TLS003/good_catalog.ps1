# expect-none: TLS003
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$c = Get-Credential
Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $c
