# TLS001: removing TLS 1.2 from the current value (removes12).

[Net.ServicePointManager]::SecurityProtocol -= [Net.SecurityProtocolType]::Tls12   # expect: TLS001

$cur = [Net.ServicePointManager]::SecurityProtocol
[Net.ServicePointManager]::SecurityProtocol = $cur -band -bnot [Net.SecurityProtocolType]::Tls12   # expect: TLS001

[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -band -bnot [Net.SecurityProtocolType]::Tls12   # expect: TLS001
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -band (-bnot 3072)   # expect: TLS001
