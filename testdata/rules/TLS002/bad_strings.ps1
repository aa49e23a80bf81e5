# TLS002: strings, comma lists and arrays mixing weak and strong names.

[Net.ServicePointManager]::SecurityProtocol = 'Tls11, Tls12'   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = "tls,tls12,tls13"   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = 'Tls11', 'Tls12'   # expect: TLS002
[System.Net.ServicePointManager]::SecurityProtocol = @('Tls', 'Tls11', 'Tls12', 'Tls13')   # expect: TLS002
