# TLS002: short names under "using namespace System.Net".
using namespace System.Net

[ServicePointManager]::SecurityProtocol = [SecurityProtocolType]::Tls11 -bor [SecurityProtocolType]::Tls12   # expect: TLS002
[ServicePointManager]::SecurityProtocol = [SecurityProtocolType]'Tls, Tls11, Tls12'   # expect: TLS002
