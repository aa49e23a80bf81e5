# expect-none: TLS005
# Callbacks that actually check something, callbacks that reject, and resets.

$pin = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678'
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $cert, $chain, $err) $err -eq 'None' -or $cert.Thumbprint -eq $pin }

[Net.ServicePointManager]::ServerCertificateValidationCallback = {
    param($source, $certificate, $chain, $policyErrors)
    if ($policyErrors -eq [Net.Security.SslPolicyErrors]::None) {
        return $true
    }
    Write-Warning "Rejected certificate for $($certificate.Subject): $policyErrors"
    return $false
}

[Net.ServicePointManager]::ServerCertificateValidationCallback = { $false }

$saved = [Net.ServicePointManager]::ServerCertificateValidationCallback
try {
    Invoke-WebRequest -Uri 'https://www.example.com/' -UseBasicParsing | Out-Null
}
finally {
    [Net.ServicePointManager]::ServerCertificateValidationCallback = $saved
}

[System.Net.ServicePointManager]::ServerCertificateValidationCallback = $null

# Reads are not assignments.
if ($null -ne [Net.ServicePointManager]::ServerCertificateValidationCallback) {
    Write-Warning 'A certificate validation callback is installed in this process'
}
