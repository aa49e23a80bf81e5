# expect-none: AUTH003
# Names whose last word is not a secret word, URLs, short values and non-literal strings.

$passwordPolicy = 'Complex-Required'
$tokenEndpoint2 = 'login.microsoftonline.com/common'
$bypassMode = 'AllowAll-Local'
$compass = 'North-by-West'
$pwshPath = 'C:\Program Files\PowerShell\7\pwsh.exe'
$SMTP_PASS_FILE = 'C:\secure\smtp.txt'
$secretName = 'smtp-relay-password'
$clientSecretName = 'graph-app-secret'
$apiKeyHeader = 'X-Api-Key'
$tokenType = 'Bearer-Token'
$passwordLastSet = '2024-01-31'
$PassThruMode = 'Enabled'
$json = '{"password":"Json-Inner-8841"}'

# URLs in secret-named variables.
$smtpSecret = 'https://vault.example.com/secrets/smtp-relay'
$resetPassword = 'http://intranet.example.com/reset'

# Literals shorter than six characters.
$pin = 'ab12'
$pw = 'abc12'
$relayToken = 'n/a'

# Expandable strings with variables and other non-literal values.
$smtpPasswordPath = "$env:ProgramData\Contoso\smtp.txt"
$relayPassword = "$($cfg.Prefix)$($cfg.Suffix)"
$bridgePassword = $null
$copyPassword = $envPassword

# Values of non-secret parameters and keys.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Password expiry report' -SmtpServer mail.contoso.com -UseSsl
$mailArgs = @{ Subject = 'Token refresh failed'; Body = 'See the log'; Priority = 'High' }
