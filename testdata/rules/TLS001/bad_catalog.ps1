[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls   # expect: TLS001
[System.Net.ServicePointManager]::SecurityProtocol = 240   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 'Ssl3, Tls'   # expect: TLS001
