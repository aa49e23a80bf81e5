# expect-none: TLS001
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
if ([Net.ServicePointManager]::SecurityProtocol -match 'Tls12') { 'ok' }
