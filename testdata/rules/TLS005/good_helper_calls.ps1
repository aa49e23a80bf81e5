# expect-none: TLS005
# Helpers that restore validation or check the certificate, a helper of the same name
# defined here (it shadows nothing dangerous), and a helper that is never called.
. "$PSScriptRoot\lib_certificate_helpers.ps1"

function Use-PinnedCertificate {
    param([string] $Thumbprint)
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = {
        param($s, $cert, $chain, $errors)
        $cert.GetCertHashString() -eq $Thumbprint
    }
}

Use-PinnedCertificate -Thumbprint 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678'
Reset-CertificateValidation
Get-Help Disable-CertificateValidation
