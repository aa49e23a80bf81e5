# TLS002: weak protocols enabled next to TLS 1.2 / 1.3 with enum members and operators.

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls11 -bor [Net.SecurityProtocolType]::Tls12   # expect: TLS002
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls -bor [System.Net.SecurityProtocolType]::Tls11 -bor [System.Net.SecurityProtocolType]::Tls12   # expect: TLS002
[net.servicepointmanager]::securityprotocol = [net.securityprotocoltype]::TLS12 -bor [net.securityprotocoltype]::tls   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls + [Net.SecurityProtocolType]::Tls12   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 -bor 768   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Ssl3 -bor [Net.SecurityProtocolType]::Tls12 -bor [Net.SecurityProtocolType]::Tls13   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls11, [Net.SecurityProtocolType]::Tls12   # expect: TLS002
