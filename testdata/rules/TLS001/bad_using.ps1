# TLS001: with "using namespace System.Net" the short type names resolve.
using namespace System.Net

[ServicePointManager]::SecurityProtocol = [SecurityProtocolType]::Tls   # expect: TLS001
[ServicePointManager]::SecurityProtocol = [SecurityProtocolType]::Tls11 -bor [SecurityProtocolType]::Tls   # expect: TLS001
[System.Net.ServicePointManager]::SecurityProtocol = [SecurityProtocolType]'Ssl3'   # expect: TLS001
