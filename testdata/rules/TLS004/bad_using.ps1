# TLS004: short names under "using namespace System.Net".
using namespace System.Net

[ServicePointManager]::SecurityProtocol = [SecurityProtocolType]::Tls12   # expect: TLS004
