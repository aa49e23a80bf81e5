# TLS001: enum members that leave only SSL 3.0 / TLS 1.0 / TLS 1.1 enabled.
# Member and type names are case-insensitive; both type spellings resolve.

[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls11   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::ssl3   # expect: TLS001
[NET.SERVICEPOINTMANAGER]::SECURITYPROTOCOL = [NET.SECURITYPROTOCOLTYPE]::TLS11   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Ssl3 -bor [Net.SecurityProtocolType]::Tls   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls -bor [Net.SecurityProtocolType]::Tls11   # expect: TLS001
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls, [System.Net.SecurityProtocolType]::Tls11   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls + [Net.SecurityProtocolType]::Tls11   # expect: TLS001
