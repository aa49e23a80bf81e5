# expect-none: EXO005
# Keeping SMTP AUTH and Basic auth off, inventories, and neighbouring settings.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

Set-TransportConfig -SmtpClientAuthenticationDisabled:$true
Set-CASMailbox -Identity 'mfp@contoso.com' -SmtpClientAuthenticationDisabled $true
Get-Mailbox -ResultSize Unlimited | Set-CASMailbox -SmtpClientAuthenticationDisabled $true

# $null: the mailbox follows the organization setting
Set-CASMailbox -Identity 'old-scanner@contoso.com' -SmtpClientAuthenticationDisabled $null

# a policy without Allow* switches blocks Basic auth for every protocol
New-AuthenticationPolicy -Name 'Block Basic Auth'
Set-OrganizationConfig -DefaultAuthenticationPolicy 'Block Basic Auth'
Set-AuthenticationPolicy -Identity 'Legacy devices' -AllowBasicAuthSmtp:$false

# values and splats that keep things off
$keepOff = $true
Set-TransportConfig -SmtpClientAuthenticationDisabled $keepOff
$blockSmtp = @{ Identity = 'Printers'; AllowBasicAuthSmtp = $false }
Set-AuthenticationPolicy @blockSmtp

# modern auth on
Set-OrganizationConfig -OAuth2ClientProfileEnabled $true

# Basic auth for another protocol only: outside this rule
Set-AuthenticationPolicy -Identity 'POP archive' -AllowBasicAuthPop

# legacy TLS endpoint: TLS006, not this rule
Set-TransportConfig -AllowLegacyTLSClients $true

# other CAS protocol switches
Set-CASMailbox -Identity 'mfp@contoso.com' -PopEnabled $false -ImapEnabled $false

# inventory; the filter is a string, not a parameter value
Get-CASMailbox -ResultSize Unlimited -Filter 'SmtpClientAuthenticationDisabled -eq $false' | Select-Object PrimarySmtpAddress, SmtpClientAuthenticationDisabled
Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled, AllowLegacyTLSClients

# text only
Write-Warning 'Set-TransportConfig -SmtpClientAuthenticationDisabled $false is not allowed here.'
# Set-OrganizationConfig -OAuth2ClientProfileEnabled $false
