# expect-none: TLS006
Set-TransportConfig -AllowLegacyTLSClients $false
Get-TransportConfig | Format-List AllowLegacyTLSClients
