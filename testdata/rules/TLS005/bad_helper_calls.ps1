# TLS005: a helper that installs a trust-all callback is reported where it is written,
# and at its first call in each file that calls it (further calls are related locations):
# in this file and from a dot-sourced file, behind a switch or not.
param([switch] $SkipCertificateCheck)

. "$PSScriptRoot\lib_certificate_helpers.ps1"

function Set-TrustAllPolicy {
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c, $ch, $e) return $true }   # expect: TLS005
}

function Connect-LabServer {
    param([string] $Server)
    Set-TrustAllPolicy   # expect: TLS005
    Invoke-WebRequest -Uri "https://$Server/api/health" -UseBasicParsing
}

if ($SkipCertificateCheck) {
    Disable-CertificateValidation   # expect: TLS005
}
# Calls of a function that calls the helper are not reported again in the same file.
Connect-LabServer -Server 'lab01.contoso.com'
Set-TrustAllPolicy
Disable-CertificateValidation
Reset-CertificateValidation
