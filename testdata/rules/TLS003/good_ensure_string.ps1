# expect-none: TLS003
# A plain string value ensures TLS 1.2 (TLS004 would call it a hard pin; TLS003 is satisfied).
[Net.ServicePointManager]::SecurityProtocol = 'Tls12'
$msg = New-Object System.Net.Mail.MailMessage('reports@contoso.com', 'ops@contoso.com', 'Nightly report', 'Report attached.')
$smtp = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = (Get-Credential).GetNetworkCredential()
$smtp.Send($msg)
