[Net.ServicePointManager]::SecurityProtocol = "tls12, tls11, tls"   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = 3072 -bor 768 -bor 192 -bor 48   # expect: TLS002
