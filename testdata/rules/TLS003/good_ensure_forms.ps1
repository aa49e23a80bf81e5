# expect-none: TLS003
# Each send is preceded at script level by a write that ensures TLS 1.2.
# The first write alone would cover everything; the others show further forms.
$cred = Get-Credential

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Pinned' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred

[System.Net.ServicePointManager]::SecurityProtocol = 3072
[Net.ServicePointManager]::SecurityProtocol = 'Tls12, Tls13'
$wanted = [Net.SecurityProtocolType]'Tls12'
[Net.ServicePointManager]::SecurityProtocol = $wanted
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Other forms' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
