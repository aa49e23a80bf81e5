# TLS002: adding a weak protocol to the current value (additive with weak added).

[Net.ServicePointManager]::SecurityProtocol += [Net.SecurityProtocolType]::Tls11   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls11   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls11 -bor [Net.SecurityProtocolType]::Tls12   # expect: TLS002

$current = [Net.ServicePointManager]::SecurityProtocol
[Net.ServicePointManager]::SecurityProtocol = $current -bor [Net.SecurityProtocolType]::Tls -bor [Net.SecurityProtocolType]::Tls12   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor 768 -bor 3072   # expect: TLS002
