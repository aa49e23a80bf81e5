#Requires -Version 7.2
# Every invocation in a file that requires PowerShell 7 is reported.
.\ConfigureExchangeHybridApplication.ps1 -ResetFirstPartyServicePrincipalKeyCredentials   # expect: HYB004
& "$PSScriptRoot\ConfigureExchangeHybridApplication.ps1" -UpdateCertificate -CertificateMethod Thumbprint -CertificateInformation '0123456789ABCDEF0123456789ABCDEF01234567'   # expect: HYB004
