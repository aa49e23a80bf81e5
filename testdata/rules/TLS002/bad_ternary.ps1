#Requires -Version 7
# TLS002: PowerShell 7 ternary, union of both branches is mixed.

$compat = $env:CONTOSO_COMPAT -eq 'true'
[Net.ServicePointManager]::SecurityProtocol = $compat ? 'Tls11, Tls12' : 'Tls, Tls12'   # expect: TLS002
