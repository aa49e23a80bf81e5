# expect-none: AUTH008
# SMTP AUTH to hosts that are not Exchange Online, and clients that never authenticate.

$relayCred = Get-Credential -Message 'Relay account'

# On-premises relays.
$smtp = New-Object System.Net.Mail.SmtpClient('mail.contoso.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $relayCred.GetNetworkCredential()
$smtp.Send('svc@contoso.com', 'ops@contoso.com', 'Nightly', 'done')

$mk = [MailKit.Net.Smtp.SmtpClient]::new()
$mk.Connect('relay.example.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk.Authenticate($relayCred.UserName, $relayCred.GetNetworkCredential().Password)

# SmtpClient to Exchange Online without credentials.
$anon = [System.Net.Mail.SmtpClient]::new('smtp.office365.com', 587)
$anon.EnableSsl = $true
$anon.Send('svc@contoso.com', 'ops@contoso.com', 'Nightly', 'done')

# MailKit to Exchange Online with an unknown SASL mechanism object (a parameter).
function Send-WithMechanism {
    param($Mechanism, $Message)
    $client = [MailKit.Net.Smtp.SmtpClient]::new()
    $client.Connect('smtp.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
    $client.Authenticate($Mechanism)
    $client.Send($Message)
}

# Host from a variable whose value is unknown.
$configuredHost = (Get-Content -Path .\mail.json -Raw | ConvertFrom-Json).SmtpHost
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer $configuredHost -UseSsl -Credential $relayCred

# Host from an environment variable: unknown.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer $env:SMTP_HOST -UseSsl -Credential $relayCred

# Mentions in comments and strings.
# Send-MailMessage -SmtpServer smtp.office365.com -Credential $old
Write-Verbose 'SMTP AUTH to smtp.office365.com with -Credential is Basic authentication.'
