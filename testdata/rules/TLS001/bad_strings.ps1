# TLS001: strings, comma lists and arrays of weak protocol names.

[Net.ServicePointManager]::SecurityProtocol = 'Tls'   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = "tls11"   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 'Tls, Tls11'   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = "ssl3,tls"   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 'Tls', 'Tls11'   # expect: TLS001
[System.Net.ServicePointManager]::SecurityProtocol = @('Ssl3', 'Tls')   # expect: TLS001
