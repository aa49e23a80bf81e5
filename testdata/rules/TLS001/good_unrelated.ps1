# expect-none: TLS001
# Look-alikes that are not writes to System.Net.ServicePointManager.SecurityProtocol.

# Another object's SecurityProtocol property.
$client = [pscustomobject]@{ Name = 'scanner'; SecurityProtocol = 'Tls12' }
$client.SecurityProtocol = 'Tls'
$client.SecurityProtocol = [Net.SecurityProtocolType]::Tls11
$options = @{ SecurityProtocol = 'Ssl3' }
$options['SecurityProtocol'] = 192

# A static property of the same name on a different type.
Add-Type -TypeDefinition @'
namespace Contoso.Legacy {
    public static class DeviceSettings {
        public static string SecurityProtocol { get; set; }
    }
}
'@
[Contoso.Legacy.DeviceSettings]::SecurityProtocol = 'Tls'

# Without "using namespace System.Net" the short name does not resolve,
# so this line fails at run time and is not a TLS write.
[ServicePointManager]::SecurityProtocol = 'Tls'

# Commented out:
# [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls
<#
[System.Net.ServicePointManager]::SecurityProtocol = 240
#>

# Text in strings:
Write-Host '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls'
$snippet = @'
[Net.ServicePointManager]::SecurityProtocol = 'Ssl3, Tls'
'@
Set-Content -Path (Join-Path $env:TEMP 'legacy-snippet.txt') -Value $snippet
