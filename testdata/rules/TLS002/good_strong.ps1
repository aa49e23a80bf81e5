# expect-none: TLS002
# Only TLS 1.2 / TLS 1.3 / SystemDefault, or additive forms that add nothing weak.

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls13
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::SystemDefault
[Net.ServicePointManager]::SecurityProtocol = 'SystemDefault'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::SystemDefault -bor [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol = 15360
[Net.ServicePointManager]::SecurityProtocol = 0x3C00
[Net.ServicePointManager]::SecurityProtocol = 'Tls12, Tls13'
[Net.ServicePointManager]::SecurityProtocol = 'Tls12', 'Tls13'
[Net.ServicePointManager]::SecurityProtocol = @('Tls12', 'Tls13')
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]'Tls12,Tls13'
[Net.ServicePointManager]::SecurityProtocol = [Enum]::Parse([Net.SecurityProtocolType], 'Tls12, Tls13')
[Net.ServicePointManager]::SecurityProtocol = [Enum]::ToObject([Net.SecurityProtocolType], 15360)

[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12 -bor [Net.SecurityProtocolType]::Tls13

# Removing weak protocols from the current value.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -band -bnot ([Net.SecurityProtocolType]::Ssl3 -bor [Net.SecurityProtocolType]::Tls -bor [Net.SecurityProtocolType]::Tls11)
$cur = [Net.ServicePointManager]::SecurityProtocol
[Net.ServicePointManager]::SecurityProtocol = ($cur -bor [Net.SecurityProtocolType]::Tls12) -band -bnot [Net.SecurityProtocolType]::Tls11
