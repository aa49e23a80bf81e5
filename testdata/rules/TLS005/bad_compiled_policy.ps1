# TLS005: a trust-all ICertificatePolicy compiled in memory with CSharpCodeProvider
# (not Add-Type) and assigned to ServicePointManager.CertificatePolicy.
$provider = New-Object Microsoft.CSharp.CSharpCodeProvider
$compiler = $provider.CreateCompiler()
$options = New-Object System.CodeDom.Compiler.CompilerParameters
$options.GenerateExecutable = $false
$options.GenerateInMemory = $true
$null = $options.ReferencedAssemblies.Add('System.dll')
$policySource = @'
namespace Contoso.Lab.Certificates {
    public class AcceptAll : System.Net.ICertificatePolicy {
        public AcceptAll() { }
        public bool CheckValidationResult(System.Net.ServicePoint sp,
            System.Security.Cryptography.X509Certificates.X509Certificate cert,
            System.Net.WebRequest request, int problem) {
            return true;
        }
    }
}
'@
$compiled = $compiler.CompileAssemblyFromSource($options, $policySource)
$assembly = $compiled.CompiledAssembly
$acceptAll = $assembly.CreateInstance('Contoso.Lab.Certificates.AcceptAll')
[System.Net.ServicePointManager]::CertificatePolicy = $acceptAll   # expect: TLS005

# The provider's own method, and New-Object of the compiled type.
$direct = (New-Object Microsoft.CSharp.CSharpCodeProvider).CompileAssemblyFromSource($options, $policySource)
[Net.ServicePointManager]::CertificatePolicy = New-Object Contoso.Lab.Certificates.AcceptAll   # expect: TLS005
