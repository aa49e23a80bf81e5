# MAIL005: ways scripts load or compile against the EWS Managed API.
$dll = Join-Path $PSScriptRoot 'Microsoft.Exchange.WebServices.dll'
Add-Type -Path $dll   # expect: MAIL005

$installDir = (Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Exchange\Web Services\2.2').'Install Directory'
$ewsDll = $installDir + 'Microsoft.Exchange.WebServices.dll'
Import-Module $ewsDll   # related: MAIL005

[Reflection.Assembly]::LoadWithPartialName('Microsoft.Exchange.WebServices') | Out-Null   # related: MAIL005
Add-Type -AssemblyName 'Microsoft.Exchange.WebServices, Version=15.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35'   # related: MAIL005
$null = [System.Reflection.Assembly]::Load([IO.File]::ReadAllBytes("$PSScriptRoot\bin\Microsoft.Exchange.WebServices.dll"))   # related: MAIL005
Add-Type -LiteralPath ([IO.Path]::Combine($PSScriptRoot, 'lib', 'Microsoft.Exchange.WebServices.dll'))   # related: MAIL005

function Import-Ews {
    param([string] $Path = 'C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll')
    [void][Reflection.Assembly]::LoadFile($Path)   # expect: MAIL005
}

# C# compiled against the EWS Managed API
# related-next-line: MAIL005
Add-Type -ReferencedAssemblies $dll -TypeDefinition @'
using Microsoft.Exchange.WebServices.Data;
public static class EwsHelper {
    public static ExchangeService Create() { return new ExchangeService(ExchangeVersion.Exchange2013_SP1); }
}
'@
