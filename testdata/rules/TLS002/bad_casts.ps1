# TLS002: casts and [Enum] helpers producing mixed values.

[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]'Tls11,Tls12'   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]3840   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]0xFC0   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Enum]::Parse([Net.SecurityProtocolType], 'Tls11, Tls12')   # expect: TLS002
[System.Net.ServicePointManager]::SecurityProtocol = [System.Enum]::Parse([System.Net.SecurityProtocolType], 'tls, tls12', $true)   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Enum]::ToObject([Net.SecurityProtocolType], 4032)   # expect: TLS002
