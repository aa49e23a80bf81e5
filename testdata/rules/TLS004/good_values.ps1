# expect-none: TLS004
# Additive writes, SystemDefault, and values other than exactly {Tls12}.

[Net.ServicePointManager]::SecurityProtocol += [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$cur = [Net.ServicePointManager]::SecurityProtocol
[Net.ServicePointManager]::SecurityProtocol = $cur -bor [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::SystemDefault
[Net.ServicePointManager]::SecurityProtocol = 0
[Net.ServicePointManager]::SecurityProtocol = 'SystemDefault'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 -bor [Net.SecurityProtocolType]::Tls13
[Net.ServicePointManager]::SecurityProtocol = 'Tls12, Tls13'
[Net.ServicePointManager]::SecurityProtocol = 15360
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls13
# mixed and weak values belong to TLS002 / TLS001
[Net.ServicePointManager]::SecurityProtocol = 'Tls11, Tls12'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls
