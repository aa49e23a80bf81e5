# Shared helpers dot-sourced by bad_helper_calls.ps1 and good_helper_calls.ps1.
function Disable-CertificateValidation {
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
}

function Reset-CertificateValidation {
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = $null
}
