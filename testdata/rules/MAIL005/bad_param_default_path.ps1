# MAIL005: the EWS Managed API path comes from a parameter default that is not a plain constant.
[CmdletBinding()]
param(
    [string] $Mailbox,
    [string] $EwsManagedApiPath = "$env:ProgramFiles\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll",
    [string] $EwsLibraryFolder = (Join-Path $PSScriptRoot 'lib'),
    [string] $BundledEwsPath = (Join-Path $PSScriptRoot 'Microsoft.Exchange.WebServices.dll')
)

function Initialize-Ews {
    # The script's parameter, read inside a function.
    Add-Type -Path $EwsManagedApiPath   # expect: MAIL005
}

if (Test-Path $BundledEwsPath) {
    $item = Get-Item -Path $BundledEwsPath
    Add-Type -Path $item.FullName   # expect: MAIL005
} else {
    Initialize-Ews
}
Import-Module (Join-Path $EwsLibraryFolder 'Microsoft.Exchange.WebServices.dll')   # related: MAIL005
