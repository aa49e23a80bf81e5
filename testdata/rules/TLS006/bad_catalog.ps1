Set-TransportConfig -AllowLegacyTLSClients $true   # expect: TLS006
