# expect-none: HYB001
# Credentials added to OTHER service principals or applications, in scripts that also touch the EXO SP.
Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$cert = Get-PfxCertificate -FilePath 'C:\certs\automation.cer'
$newKey = @{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $cert.RawData }

$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$automation = Get-MgServicePrincipal -Filter "appId eq '11111111-2222-3333-4444-555555555555'"

# key and password on the automation SP
Add-MgServicePrincipalKey -ServicePrincipalId $automation.Id -KeyCredential $newKey -Proof $proofToken
Add-MgServicePrincipalPassword -ServicePrincipalId $automation.Id -PasswordCredential @{ DisplayName = 'ci' }
Update-MgServicePrincipal -ServicePrincipalId $automation.Id -KeyCredentials @($automation.KeyCredentials + $newKey)

# the variable first held the EXO SP, then is re-assigned to another SP
$sp = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$sp.KeyCredentials | Select-Object KeyId, EndDateTime
$sp = Get-MgServicePrincipal -Filter "appId eq '11111111-2222-3333-4444-555555555555'"
Add-MgServicePrincipalPassword -ServicePrincipalId $sp.Id

# the dedicated Exchange hybrid app: certificates go on its application object
$dedicatedAppId = '66666666-7777-8888-9999-000000000000'
$hybridApp = Get-MgApplication -Filter "appId eq '$dedicatedAppId'"
Update-MgApplication -ApplicationId $hybridApp.Id -KeyCredentials @($hybridApp.KeyCredentials + $newKey)
Add-MgApplicationPassword -ApplicationId $hybridApp.Id -PasswordCredential @{ DisplayName = 'not recommended, but not HYB001' }

# retired modules on another appId
New-MsolServicePrincipalCredential -AppPrincipalId '11111111-2222-3333-4444-555555555555' -Type asymmetric -Usage Verify -Value ([Convert]::ToBase64String($cert.RawData))
New-AzADSpCredential -ServicePrincipalName '11111111-2222-3333-4444-555555555555' -CertValue ([Convert]::ToBase64String($cert.RawData))

# addPassword REST call on the automation SP
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$($automation.Id)/addPassword" -Body @{ passwordCredential = @{ displayName = 'ci' } }

# Microsoft's script uploads the Auth certificate to the dedicated app
.\ConfigureExchangeHybridApplication.ps1 -UpdateCertificate -CertificateMethod Thumbprint -CertificateInformation '0123456789ABCDEF0123456789ABCDEF01234567'
