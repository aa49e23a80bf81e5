# expect-none: TLS002
# Reads, look-alike properties, comments and strings.

if ([Net.ServicePointManager]::SecurityProtocol -match 'Tls11') {
    Write-Warning 'TLS 1.1 is enabled in this process'
}
if ([Net.ServicePointManager]::SecurityProtocol.HasFlag([Net.SecurityProtocolType]::Tls11)) { Write-Warning 'TLS 1.1 on' }
if (([Net.ServicePointManager]::SecurityProtocol.ToString() -split ', ') -notcontains 'Tls12') { Write-Warning 'no TLS 1.2' }
$state = [Net.ServicePointManager]::SecurityProtocol -band ([Net.SecurityProtocolType]::Tls11 -bor [Net.SecurityProtocolType]::Tls12)
Write-Verbose "Masked protocols: $state"

$device = [pscustomobject]@{ SecurityProtocol = 'Tls12' }
$device.SecurityProtocol = 'Tls11, Tls12'
$device.SecurityProtocol = [Net.SecurityProtocolType]::Tls11 -bor [Net.SecurityProtocolType]::Tls12

# [Net.ServicePointManager]::SecurityProtocol = 'Tls11, Tls12'
Write-Output "Do not use [Net.ServicePointManager]::SecurityProtocol = 'Tls, Tls11, Tls12'"
