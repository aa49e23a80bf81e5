# The credential cmdlet sits in a helper function; the Exchange Online SP is passed in by the caller.
# The finding is on the sink inside the function.
function Add-HybridCertificate {
    param(
        [Parameter(Mandatory)] [string] $ServicePrincipalId,
        [Parameter(Mandatory)] [System.Security.Cryptography.X509Certificates.X509Certificate2] $Certificate
    )
    $key = @{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $Certificate.RawData }
    Add-MgServicePrincipalKey -ServicePrincipalId $ServicePrincipalId -KeyCredential $key -Proof $script:proofToken   # expect: HYB001
}

Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$exchangeSp = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$authCert = Get-PfxCertificate -FilePath 'C:\OAuthConfig\OAuthCert.cer'
Add-HybridCertificate -ServicePrincipalId $exchangeSp.Id -Certificate $authCert
