# expect-none: TLS005
# Add-Type C# whose constructor and methods install callbacks that check something,
# or reset the callback.
Add-Type -TypeDefinition @"
using System.Net;
using System.Net.Security;
public class LabHttp {
    public LabHttp() {
        ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => e == SslPolicyErrors.None;
    }
    public void Restore() {
        ServicePointManager.ServerCertificateValidationCallback = null;
    }
    public static bool Accept(object s, object c, object ch, SslPolicyErrors e) { return e == SslPolicyErrors.None; }
}
"@
$http = New-Object LabHttp
$http.Restore()
[LabHttp]::Accept($null, $null, $null, [System.Net.Security.SslPolicyErrors]::None)
