# expect-none: TLS003
# += on the unknown current value is modelled as adding TLS 1.2 (additive).
[Net.ServicePointManager]::SecurityProtocol += [Net.SecurityProtocolType]::Tls12
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Plus-equals' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)
