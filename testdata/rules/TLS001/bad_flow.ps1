# TLS001: weak values reaching the property through variables, branches,
# guards, try blocks and functions.

$legacyProtocol = 'Tls'
[Net.ServicePointManager]::SecurityProtocol = $legacyProtocol   # expect: TLS001

$fallback = [Net.SecurityProtocolType]::Tls11
[Net.ServicePointManager]::SecurityProtocol = $fallback -bor [Net.SecurityProtocolType]::Tls   # expect: TLS001

$oldPrinter = Test-Path -Path 'HKLM:\SOFTWARE\Contoso\LegacyRelay'
$proto = if ($oldPrinter) { 'Tls' } else { 'Tls11' }
[Net.ServicePointManager]::SecurityProtocol = $proto   # expect: TLS001

if ($PSVersionTable.PSVersion.Major -lt 6) {
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls   # expect: TLS001
}

try {
    [Net.ServicePointManager]::SecurityProtocol = 'Tls11'   # expect: TLS001
}
catch {
    Write-Warning "Could not change SecurityProtocol: $_"
}

function Set-LegacyTls {
    # never called in this script: still reported (reachable = false)
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls   # expect: TLS001
}

function Connect-OldRelay {
    param([string]$Server)
    [Net.ServicePointManager]::SecurityProtocol = 192   # expect: TLS001
    Test-NetConnection -ComputerName $Server -Port 25
}
Connect-OldRelay -Server relay.contoso.com
