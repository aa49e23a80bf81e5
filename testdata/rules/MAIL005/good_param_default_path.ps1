# expect-none: MAIL005
# Parameter defaults that name other assemblies, or name the EWS DLL without loading it.
param(
    [string] $LoggingLibraryPath = "$env:ProgramFiles\Contoso\Logging\Contoso.Logging.dll",
    [string] $GraphHelperPath = (Join-Path $PSScriptRoot 'Contoso.Graph.Helpers.dll'),
    [string] $LegacyEwsPath = "$env:ProgramFiles\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll"
)
Add-Type -Path $LoggingLibraryPath
$helper = Get-Item -Path $GraphHelperPath
Add-Type -Path $helper.FullName
if (Test-Path $LegacyEwsPath) {
    Write-Warning "The EWS Managed API is still installed at $LegacyEwsPath; this script no longer uses it."
}
