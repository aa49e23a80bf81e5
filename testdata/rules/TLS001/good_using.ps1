# expect-none: TLS001
using namespace System.Net

[ServicePointManager]::SecurityProtocol = [ServicePointManager]::SecurityProtocol -bor [SecurityProtocolType]::Tls12
[ServicePointManager]::SecurityProtocol = [SecurityProtocolType]::Tls12 -bor [SecurityProtocolType]::Tls13
if ([ServicePointManager]::SecurityProtocol -eq [SecurityProtocolType]::Tls) { Write-Warning 'TLS 1.0 only' }
