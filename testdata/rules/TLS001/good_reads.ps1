# expect-none: TLS001
# Reads of SecurityProtocol are not writes, even when they mention weak protocols.

$before = [Net.ServicePointManager]::SecurityProtocol
Write-Verbose "SecurityProtocol before: $before"
Write-Verbose ("SecurityProtocol now: {0}" -f [System.Net.ServicePointManager]::SecurityProtocol.ToString())

if ([Net.ServicePointManager]::SecurityProtocol -match 'Tls12') {
    Write-Host 'TLS 1.2 already enabled'
}
if ([Net.ServicePointManager]::SecurityProtocol.HasFlag([Net.SecurityProtocolType]::Tls)) {
    Write-Warning 'TLS 1.0 is still enabled in this process'
}
if (([Net.ServicePointManager]::SecurityProtocol.ToString() -split ',\s*') -notcontains 'Tls12') {
    Write-Warning 'TLS 1.2 is not enabled'
}
if ([Net.ServicePointManager]::SecurityProtocol -eq [Net.SecurityProtocolType]::Ssl3) {
    Write-Warning 'Only SSL 3.0 is enabled'
}
$isWeak = ([int][Net.ServicePointManager]::SecurityProtocol -band 0x3F0) -ne 0
$report = [pscustomobject]@{
    Host             = $env:COMPUTERNAME
    SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol
    WeakEnabled      = $isWeak
}
$report | Format-List
switch ([Net.ServicePointManager]::SecurityProtocol) {
    'Tls' { Write-Warning 'TLS 1.0 only' }
    default { Write-Verbose 'other' }
}
