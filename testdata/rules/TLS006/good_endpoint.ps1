# expect-none: TLS006
# The regular endpoint, other hosts, and mentions of the legacy host outside mail sinks.
$cred = Get-Credential

[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject 'Scan' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject 'Relay' -SmtpServer mail.contoso.com -Port 25
$PSEmailServer = 'smtp.office365.com'

$smtp = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $cred.GetNetworkCredential()
$smtp.Send('scanner@contoso.com', 'ops@contoso.com', 'Scan', 'Body')

# Not mail sinks.
Resolve-DnsName -Name smtp-legacy.office365.com -Type A
Test-NetConnection -ComputerName smtp-legacy.office365.com -Port 587
Write-Host 'Devices that still need TLS 1.0 used smtp-legacy.office365.com; they have been replaced.'
# Send-MailMessage -SmtpServer smtp-legacy.office365.com -To ops@contoso.com -From scanner@contoso.com -Subject old
