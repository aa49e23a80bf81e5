# expect-none: TLS004
# Reads, look-alikes, comments and strings.
if ([Net.ServicePointManager]::SecurityProtocol -eq [Net.SecurityProtocolType]::Tls12) {
    Write-Verbose 'Only TLS 1.2 is enabled'
}
if (-not [Net.ServicePointManager]::SecurityProtocol.HasFlag([Net.SecurityProtocolType]::Tls12)) {
    Write-Warning 'TLS 1.2 is off'
}
$settings = [pscustomobject]@{ SecurityProtocol = 'Tls' }
$settings.SecurityProtocol = [Net.SecurityProtocolType]::Tls12
# [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
Write-Host 'Run: [Net.ServicePointManager]::SecurityProtocol = 3072'
