#Requires -Version 5.1
# expect-none: HYB004
# Supported modes under Windows PowerShell.
.\ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication
.\ConfigureExchangeHybridApplication.ps1 -CreateApplication
.\ConfigureExchangeHybridApplication.ps1 -UpdateCertificate -CertificateMethod Thumbprint -CertificateInformation '0123456789ABCDEF0123456789ABCDEF01234567'
.\ConfigureExchangeHybridApplication.ps1 -ConfigureAuthServer -EnableExchangeHybridApplicationOverride -CustomAppId '66666666-7777-8888-9999-000000000000' -TenantId '6f1c2b3a-9d7e-4c1f-8a2b-3c4d5e6f7a8b' -RemoteRoutingDomain 'contoso.mail.onmicrosoft.com'
.\ConfigureExchangeHybridApplication.ps1 -ResetFirstPartyServicePrincipalKeyCredentials -CertificateInformation '0123456789ABCDEF0123456789ABCDEF01234567'
& "$PSScriptRoot\ConfigureExchangeHybridApplication.ps1" -ConfigureTargetSharingEpr

# a different script that happens to have a -DeleteApplication switch
.\Remove-LabTenant.ps1 -DeleteApplication

# text only
Write-Host 'Do not run ConfigureExchangeHybridApplication.ps1 -DeleteApplication without undoing the Auth Server and override.'
# .\ConfigureExchangeHybridApplication.ps1 -DeleteApplication
