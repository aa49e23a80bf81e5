# expect-none: TLS005
# Add-Type helpers and classes that check the certificate, and helpers that are never called.
Add-Type -TypeDefinition @"
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
public static class PinnedCertificate
{
    public static string Thumbprint;

    private static bool Check(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e)
    {
        if (e == SslPolicyErrors.None) { return true; }
        return c != null && c.GetCertHashString() == Thumbprint;
    }

    public static void Install()
    {
        ServicePointManager.ServerCertificateValidationCallback = Check;
    }

    public static void InstallTrustAll()
    {
        // Only for the lab; never called by this script.
        ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;
    }

    public static RemoteCertificateValidationCallback GetHandler() { return new RemoteCertificateValidationCallback(Check); }
}

public class StrictPolicy : ICertificatePolicy
{
    public bool CheckValidationResult(ServicePoint sp, X509Certificate cert, WebRequest req, int problem)
    {
        // "return true;" in a comment does not count
        if (problem != 0) { return false; }
        return true;
    }
}
"@
[PinnedCertificate]::Thumbprint = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678'
[PinnedCertificate]::Install()
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = [PinnedCertificate]::GetHandler()
[System.Net.ServicePointManager]::CertificatePolicy = New-Object StrictPolicy

class CheckingPolicy : System.Net.ICertificatePolicy {
    [bool] CheckValidationResult([System.Net.ServicePoint] $sp, [System.Security.Cryptography.X509Certificates.X509Certificate] $cert, [System.Net.WebRequest] $req, [int] $problem) {
        # A bare $true is not the return value of a class method.
        $true
        return $problem -eq 0
    }
}
[System.Net.ServicePointManager]::CertificatePolicy = [CheckingPolicy]::new()
