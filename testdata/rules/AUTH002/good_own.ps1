# expect-none: AUTH002
# Authentication without a hard-coded secret, and credential-shaped code that holds none.

# A user-name string for -Credential makes PowerShell prompt for the password.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Prompt' -SmtpServer mail.contoso.com -UseSsl -Credential 'svc@contoso.com'

# Literal user name, secret from the credential file (DPAPI): AUTH009 territory, not AUTH002.
$fileCred = Import-Clixml -Path 'C:\secure\relay.xml'
$fileNc = [System.Net.NetworkCredential]::new($fileCred.UserName, $fileCred.Password)

# Password property set from run-time values.
$nc = New-Object System.Net.NetworkCredential
$nc.UserName = 'svc-relay-2024'
$nc.Password = $env:RELAY_PASSWORD
$nc.Password = (Read-Host -Prompt 'Password')

# EWS with OAuth and with a prompted credential.
$ews = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$ews.Credentials = [Microsoft.Exchange.WebServices.Data.OAuthCredentials]::new($ewsToken)
$ewsPrompt = Get-Credential
$ews.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($ewsPrompt.UserName, $ewsPrompt.GetNetworkCredential().Password)

# MailKit with OAuth2 and with values from a prompt.
$mk = [MailKit.Net.Smtp.SmtpClient]::new()
$mk.Connect('mail.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk.Authenticate([MailKit.Security.SaslMechanismOAuth2]::new('svc@contoso.com', $accessToken))
$mk.Authenticate($ewsPrompt.UserName, $ewsPrompt.GetNetworkCredential().Password)

# Graph and Exchange Online without secrets in the script.
Connect-MgGraph -TenantId contoso.onmicrosoft.com -ClientId $appId -CertificateThumbprint $thumbprint -NoWelcome
Connect-MgGraph -Identity -NoWelcome
$graphToken = (Get-AzAccessToken -ResourceUrl 'https://graph.microsoft.com' -AsSecureString).Token
Connect-MgGraph -AccessToken $graphToken -NoWelcome
Connect-ExchangeOnline -AccessToken $exoToken -Organization contoso.onmicrosoft.com -UserPrincipalName admin@contoso.com

# The literal was overwritten before the constructor.
$rotated = 'Rotated-Heather#350'
$rotated = $env:RELAY_PASSWORD
$rotatedNc = [System.Net.NetworkCredential]::new('svc@contoso.com', $rotated)

# A variable that is never assigned in this script: value unknown.
$callerNc = [System.Net.NetworkCredential]::new('svc@contoso.com', $relayPasswordFromCaller)

# CDO with the password from the environment.
$cdo = New-Object -ComObject CDO.Message
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendpassword') = $env:RELAY_PASSWORD

# Mentions in comments and strings.
# $old = [pscredential]::new('svc', (ConvertTo-SecureString 'Old-Comment#9' -AsPlainText -Force))
Write-Verbose "Never write [Net.NetworkCredential]::new('user', 'password') in a script."
