# expect-none: AUTH006
# Modern Exchange Online connections, and -Credential on commands that are not
# Connect-ExchangeOnline / Connect-IPPSSession.

Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
Connect-ExchangeOnline -Device
Connect-ExchangeOnline -AccessToken $exoToken -Organization contoso.onmicrosoft.com
Connect-ExchangeOnline -AppId $appId -Certificate $cert -Organization contoso.onmicrosoft.com
Connect-ExchangeOnline -AppId $appId -CertificateFilePath 'C:\certs\exo-app.pfx' -CertificatePassword (Get-Secret -Name ExoPfx) -Organization contoso.onmicrosoft.com
Connect-ExchangeOnline -ManagedIdentity -ManagedIdentityAccountId $miClientId -Organization contoso.onmicrosoft.com
Connect-IPPSSession -AppId $appId -CertificateThumbprint $thumb -Organization contoso.onmicrosoft.com
Connect-IPPSSession -UserPrincipalName admin@contoso.com -EnableSearchOnlySession
Connect-ExchangeOnline -InlineCredential:$false -UserPrincipalName admin@contoso.com

# Credentials used elsewhere (other rules may apply, not AUTH006).
$prompted = Get-Credential -Message 'Admin'
$runbookCred = Get-AutomationPSCredential -Name 'ExoAdmin'
$onPrem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.contoso.local/PowerShell/ -Credential $prompted -Authentication Kerberos
Connect-MgGraph -TenantId contoso.onmicrosoft.com -ClientSecretCredential $runbookCred -NoWelcome
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Report' -SmtpServer mail.contoso.com -UseSsl -Credential $prompted

# Splat without a Credential key.
$modernArgs = @{ AppId = $appId; CertificateThumbprint = $thumb; Organization = 'contoso.onmicrosoft.com' }
Connect-ExchangeOnline @modernArgs

# Credential key removed before the call.
$trimmedArgs = @{ Credential = $prompted; ShowBanner = $false }
$trimmedArgs.Remove('Credential')
Connect-ExchangeOnline @trimmedArgs -UserPrincipalName admin@contoso.com

# Mentions in comments and strings.
# Connect-ExchangeOnline -Credential $old
Write-Verbose 'Connect-ExchangeOnline -Credential is removed from module versions released from July 2026.'
