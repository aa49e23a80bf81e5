# TLS003: SecurityProtocol is touched, but nothing adds TLS 1.2.
$cred = Get-Credential

# Reads are not writes.
if (([Net.ServicePointManager]::SecurityProtocol.ToString() -split ', ') -notcontains 'Tls12') {
    Write-Warning 'TLS 1.2 is not enabled in this process'
}

# Removing SSL 3.0 from an unknown baseline does not add TLS 1.2.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -band -bnot [Net.SecurityProtocolType]::Ssl3
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'No TLS 1.2 (1)' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003

# Adding TLS 1.1 only does not add TLS 1.2 either.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls11
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'No TLS 1.2 (2)' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
