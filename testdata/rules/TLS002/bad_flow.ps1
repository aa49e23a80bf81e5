# TLS002: mixed values through variables, branches, guards, try blocks and functions.

$protocols = 'Tls11, Tls12'
[Net.ServicePointManager]::SecurityProtocol = $protocols   # expect: TLS002

$strong = [Net.SecurityProtocolType]::Tls12
$compat = [Net.SecurityProtocolType]::Tls11
[Net.ServicePointManager]::SecurityProtocol = $strong -bor $compat   # expect: TLS002

$scannerIsOld = Test-Path -Path 'HKLM:\SOFTWARE\Contoso\OldScanner'
$value = if ($scannerIsOld) { 'Tls, Tls12' } else { 'Tls11, Tls12' }
[Net.ServicePointManager]::SecurityProtocol = $value   # expect: TLS002

if ($PSVersionTable.PSEdition -eq 'Desktop') {
    [Net.ServicePointManager]::SecurityProtocol = 'Tls, Tls11, Tls12'   # expect: TLS002
}

try {
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls11 -bor [Net.SecurityProtocolType]::Tls12   # expect: TLS002
}
catch {
    Write-Warning $_
}

function Enable-EveryProtocol {
    # never called: still reported (reachable = false)
    [Net.ServicePointManager]::SecurityProtocol = 4080   # expect: TLS002
}
