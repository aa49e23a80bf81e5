# TLS003: the TLS 1.2 line comes after the send, so the first send is still reported.
$cred = Get-Credential

Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Before the fix line' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003

[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12

# this one is covered
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'After the fix line' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
