#Requires -Version 7
# expect-none: TLS005
# Look-alike switches and explicit $false.

Invoke-RestMethod -Uri 'https://api.contoso.com/v1/status' -SkipCertificateCheck:$false
Invoke-WebRequest -Uri 'https://www.example.com/' -SkipHeaderValidation
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/items' -SkipHttpErrorCheck
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/users' -Certificate (Get-Item Cert:\CurrentUser\My\A1B2C3D4E5F60718293A4B5C6D7E8F9012345678)

$request = @{
    Uri                  = 'https://api.contoso.com/v1/export'
    SkipCertificateCheck = $false
}
Invoke-RestMethod @request

# A hashtable that is never splatted into a web cmdlet.
$config = @{ Server = 'mail.contoso.com'; SkipCertificateCheck = $true }
$config | ConvertTo-Json | Set-Content -Path (Join-Path $PSScriptRoot 'config.json')

# A function of our own with a parameter of the same name.
function Get-ContosoStatus {
    param([string]$Uri, [switch]$SkipCertificateCheck)
    "Checking $Uri (skip: $SkipCertificateCheck)"
}
Get-ContosoStatus -Uri 'https://api.contoso.com/' -SkipCertificateCheck

# Invoke-RestMethod -Uri 'https://api.contoso.com/' -SkipCertificateCheck
Write-Warning 'Never use -SkipCertificateCheck against production'

# Default parameter values that keep the check, or set other parameters.
$PSDefaultParameterValues['Invoke-RestMethod:SkipCertificateCheck'] = $false
$PSDefaultParameterValues['Invoke-WebRequest:UseBasicParsing'] = $true
$PSDefaultParameterValues['Get-ContosoStatus:SkipCertificateCheck'] = $true
