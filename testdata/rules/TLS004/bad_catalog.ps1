[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12   # expect: TLS004
