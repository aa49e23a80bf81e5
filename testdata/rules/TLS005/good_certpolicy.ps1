# expect-none: TLS005
# An ICertificatePolicy that accepts only certificates without problems.
Add-Type -TypeDefinition @'
using System.Net;
using System.Security.Cryptography.X509Certificates;

public class StrictCertificatePolicy : ICertificatePolicy
{
    public bool CheckValidationResult(ServicePoint sp, X509Certificate cert, WebRequest req, int problem)
    {
        return problem == 0;
    }
}
'@

[System.Net.ServicePointManager]::CertificatePolicy = New-Object StrictCertificatePolicy
