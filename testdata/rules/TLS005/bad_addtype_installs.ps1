# TLS005: Add-Type C# that sets ServicePointManager.ServerCertificateValidationCallback to a
# trust-all lambda itself: from an instance method, a constructor or a static constructor.
Add-Type -TypeDefinition @"
using System.Net;
using System.Net.Security;
public class LabHttp {
    public void TrustEveryone() {
        ServicePointManager.ServerCertificateValidationCallback = (sender, certificate, chain, errors) => true;
    }
}
public class TrustOnCreate {
    public TrustOnCreate() {
        ServicePointManager.ServerCertificateValidationCallback += (s, c, ch, e) => { return true; };
    }
}
public static class TrustOnLoad {
    static TrustOnLoad() {
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };
    }
    public static string Version() { return "1.0"; }
}
"@
$http = New-Object LabHttp
$http.TrustEveryone()   # expect: TLS005
$null = [TrustOnCreate]::new()   # expect: TLS005
Write-Verbose ([TrustOnLoad]::Version())   # expect: TLS005
