# TLS001: integer values, decimal and hexadecimal, including invalid bit patterns.

[Net.ServicePointManager]::SecurityProtocol = 192   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 0xC0   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 768   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 0x300   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 48   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 960   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 0xC0 -bor 0x300   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 12   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 192 -bor [Net.SecurityProtocolType]::Ssl3   # expect: TLS001
