# TLS005: an ICertificatePolicy from Add-Type that accepts every certificate.
Add-Type -TypeDefinition @'
using System.Net;
using System.Security.Cryptography.X509Certificates;

public class AcceptEveryCertificate : ICertificatePolicy
{
    public bool CheckValidationResult(ServicePoint sp, X509Certificate cert, WebRequest req, int problem)
    {
        return true;
    }
}
'@

[System.Net.ServicePointManager]::CertificatePolicy = New-Object AcceptEveryCertificate   # expect: TLS005
Invoke-WebRequest -Uri 'https://legacy.contoso.com/report' -UseBasicParsing | Out-Null
