# TLS001: casts and [Enum] helpers that produce weak-only values.

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]192   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]'Tls11'   # expect: TLS001
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]'Ssl3,Tls'   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]0x300   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Enum]::Parse([Net.SecurityProtocolType], 'Tls')   # expect: TLS001
[System.Net.ServicePointManager]::SecurityProtocol = [System.Enum]::Parse([System.Net.SecurityProtocolType], 'tls11', $true)   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Enum]::Parse([Net.SecurityProtocolType], 'Tls, Tls11')   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Enum]::ToObject([Net.SecurityProtocolType], 768)   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Enum]::ToObject([Net.SecurityProtocolType], 0xC0)   # expect: TLS001
