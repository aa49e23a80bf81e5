# expect-none: TLS006
# Turning the legacy endpoint off, reading the setting, and unrelated switches.
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
Set-TransportConfig -AllowLegacyTLSClients:$false
Set-TransportConfig -SmtpClientAuthenticationDisabled $true
$cfg = Get-TransportConfig
if ($cfg.AllowLegacyTLSClients) {
    Write-Warning 'The legacy TLS endpoint is enabled for this tenant; turn it off with -AllowLegacyTLSClients $false.'
}
# Set-TransportConfig -AllowLegacyTLSClients $true
