# TLS004: non-additive writes that set exactly {Tls12}.

[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12   # expect: TLS004
[net.servicepointmanager]::securityprotocol = [net.securityprotocoltype]::tls12   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = 3072   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = 0xC00   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = 'Tls12'   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = "tls12"   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]'Tls12'   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]3072   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = [Enum]::Parse([Net.SecurityProtocolType], 'Tls12')   # expect: TLS004
[System.Net.ServicePointManager]::SecurityProtocol = [System.Enum]::Parse([System.Net.SecurityProtocolType], 'tls12', $true)   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = [Enum]::ToObject([Net.SecurityProtocolType], 3072)   # expect: TLS004
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::SystemDefault -bor [Net.SecurityProtocolType]::Tls12   # expect: TLS004
