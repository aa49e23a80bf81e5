# expect-none: TLS002
# Weak-only values and removal of TLS 1.2 are TLS001's business, not TLS002's:
# nothing strong is enabled alongside the weak protocols.

[Net.ServicePointManager]::SecurityProtocol -= [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls
[Net.ServicePointManager]::SecurityProtocol = 'Ssl3, Tls'
[Net.ServicePointManager]::SecurityProtocol = 240
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls -bor [Net.SecurityProtocolType]::Tls11
