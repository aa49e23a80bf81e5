# TLS005: Add-Type C# helpers that install or return a trust-all callback, and a PowerShell class policy.
if (-not ([System.Management.Automation.PSTypeName]'ServerCertificateValidationCallback').Type) {
    $certCallback = @"
    using System;
    using System.Net;
    using System.Net.Security;
    using System.Security.Cryptography.X509Certificates;
    public class ServerCertificateValidationCallback
    {
        public static void Ignore()
        {
            if (ServicePointManager.ServerCertificateValidationCallback == null)
            {
                ServicePointManager.ServerCertificateValidationCallback +=
                    delegate
                    (
                        Object obj,
                        X509Certificate certificate,
                        X509Chain chain,
                        SslPolicyErrors errors
                    )
                    {
                        return true;
                    };
            }
        }
    }
"@
    Add-Type $certCallback
}
[ServerCertificateValidationCallback]::Ignore()   # expect: TLS005

Add-Type -TypeDefinition @"
namespace Contoso.Net
{
    using System.Net.Security;
    public static class SslHelper
    {
        // Accept self-signed lab certificates.
        private static bool AcceptAll(object s, System.Security.Cryptography.X509Certificates.X509Certificate c,
            System.Security.Cryptography.X509Certificates.X509Chain ch, SslPolicyErrors e) { return true; }

        public static RemoteCertificateValidationCallback GetHandler()
        {
            return new RemoteCertificateValidationCallback(AcceptAll);
        }

        public static RemoteCertificateValidationCallback Lambda() => (s, c, ch, e) => true;
    }
}
"@
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = [Contoso.Net.SslHelper]::GetHandler()   # expect: TLS005
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = [Contoso.Net.SslHelper]::Lambda()   # expect: TLS005

class TrustEverything : System.Net.ICertificatePolicy {
    [bool] CheckValidationResult([System.Net.ServicePoint] $sp, [System.Security.Cryptography.X509Certificates.X509Certificate] $cert, [System.Net.WebRequest] $req, [int] $problem) {
        return $true
    }
}
[System.Net.ServicePointManager]::CertificatePolicy = [TrustEverything]::new()   # expect: TLS005

$policy = New-Object -TypeName TrustEverything
[System.Net.ServicePointManager]::CertificatePolicy = $policy   # expect: TLS005
