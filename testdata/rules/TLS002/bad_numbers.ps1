# TLS002: integers (decimal and hex) that include a weak protocol bit and TLS 1.2/1.3.

[Net.ServicePointManager]::SecurityProtocol = 4032   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = 3264   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = 3840   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = 4080   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = 0xF00   # expect: TLS002
[Net.ServicePointManager]::SecurityProtocol = 0xC0 -bor 0xC00 -bor 0x3000   # expect: TLS002
