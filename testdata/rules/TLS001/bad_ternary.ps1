#Requires -Version 7
# TLS001: PowerShell 7 ternary, both branches weak-only (union of branches).
# On .NET (Core) setting Ssl3 even throws NotSupportedException.

$useOldest = $env:CONTOSO_OLD_DEVICE -eq '1'
[Net.ServicePointManager]::SecurityProtocol = $useOldest ? [Net.SecurityProtocolType]::Tls : [Net.SecurityProtocolType]::Tls11   # expect: TLS001
[Net.ServicePointManager]::SecurityProtocol = 'Ssl3'   # expect: TLS001
