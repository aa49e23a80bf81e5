# expect-none: TLS005
# A policy compiled with CSharpCodeProvider that checks the result, and a compiled
# class that is created but never assigned to CertificatePolicy.
$provider = New-Object Microsoft.CSharp.CSharpCodeProvider
$options = New-Object System.CodeDom.Compiler.CompilerParameters
$options.GenerateInMemory = $true
$source = @'
namespace Contoso.Lab.Certificates {
    public class OnlyValid : System.Net.ICertificatePolicy {
        public bool CheckValidationResult(System.Net.ServicePoint sp,
            System.Security.Cryptography.X509Certificates.X509Certificate cert,
            System.Net.WebRequest request, int problem) {
            return problem == 0;
        }
    }
    public class AcceptAll : System.Net.ICertificatePolicy {
        public bool CheckValidationResult(System.Net.ServicePoint sp,
            System.Security.Cryptography.X509Certificates.X509Certificate cert,
            System.Net.WebRequest request, int problem) {
            return true;
        }
    }
}
'@
$compiled = $provider.CompileAssemblyFromSource($options, $source)
$onlyValid = $compiled.CompiledAssembly.CreateInstance('Contoso.Lab.Certificates.OnlyValid')
[System.Net.ServicePointManager]::CertificatePolicy = $onlyValid
$unused = $compiled.CompiledAssembly.CreateInstance('Contoso.Lab.Certificates.AcceptAll')
Write-Verbose "Compiled $($unused.GetType().FullName) for the unit tests only"
