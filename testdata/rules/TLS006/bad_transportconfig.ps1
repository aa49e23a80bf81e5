# TLS006: opting the tenant into the legacy TLS endpoint.
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com

Set-TransportConfig -AllowLegacyTLSClients:$true   # expect: TLS006
set-transportconfig -allowlegacytlsclients $TRUE   # expect: TLS006

$transport = @{ AllowLegacyTLSClients = $true }
Set-TransportConfig @transport   # expect: TLS006

# expect-next-line: TLS006
Set-TransportConfig `
    -AllowLegacyTLSClients $true `
    -Confirm:$false
