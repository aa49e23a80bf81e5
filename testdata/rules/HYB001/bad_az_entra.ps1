# Az and Microsoft Entra PowerShell modules.
$cert = Get-PfxCertificate -FilePath 'C:\OAuthConfig\OAuthCert.cer'
$credValue = [System.Convert]::ToBase64String($cert.GetRawCertData())

# 1. Az: appId as -ServicePrincipalName
New-AzADSpCredential -ServicePrincipalName '00000002-0000-0ff1-ce00-000000000000' -CertValue $credValue -StartDate $cert.NotBefore -EndDate $cert.NotAfter   # expect: HYB001

# 2. Entra: SP found with the same OData filter as Get-MgServicePrincipal
Connect-Entra -Scopes 'Application.ReadWrite.All'
$exo = Get-EntraServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
New-EntraServicePrincipalPasswordCredential -ServicePrincipalId $exo.Id -StartDate (Get-Date) -EndDate (Get-Date).AddYears(1)   # expect: HYB001
