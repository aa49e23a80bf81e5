# expect-none: HYB001
# Removing credentials from the Exchange Online service principal is the remediation, not the problem.
Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"

# clear every key credential
Update-MgServicePrincipal -ServicePrincipalId $exo.Id -KeyCredentials @()

# keep only keys that are not the Exchange Auth certificate
$authKeyIds = @($exo.KeyCredentials | Where-Object { $_.DisplayName -like '*Exchange Server Auth Certificate*' } | ForEach-Object { $_.KeyId })
$remaining = $exo.KeyCredentials | Where-Object { $_.KeyId -notin $authKeyIds }
Update-MgServicePrincipal -ServicePrincipalId $exo.Id -KeyCredentials $remaining

# write back the existing collection unchanged
Update-MgServicePrincipal -ServicePrincipalId $exo.Id -KeyCredentials $exo.KeyCredentials

# removeKey / removePassword
foreach ($key in $exo.KeyCredentials) {
    Remove-MgServicePrincipalKey -ServicePrincipalId $exo.Id -KeyId $key.KeyId -Proof $proofToken
}
foreach ($secret in $exo.PasswordCredentials) {
    Remove-MgServicePrincipalPassword -ServicePrincipalId $exo.Id -KeyId $secret.KeyId
}

# PATCH with a filtered list
$unexpired = @($exo.KeyCredentials | Where-Object { $_.EndDateTime -gt (Get-Date) })
Invoke-MgGraphRequest -Method PATCH -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$($exo.Id)" -Body @{ keyCredentials = $unexpired }

# PATCH with an empty list by appId
Invoke-MgGraphRequest -Method PATCH -Uri "https://graph.microsoft.com/v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')" -Body @{ keyCredentials = @() }

# retired modules, removal only
Remove-MsolServicePrincipalCredential -AppPrincipalId '00000002-0000-0ff1-ce00-000000000000' -KeyIds @($oldKeyId)
$aadSp = Get-AzureADServicePrincipal -Filter "AppId eq '00000002-0000-0ff1-ce00-000000000000'"
Remove-AzureADServicePrincipalKeyCredential -ObjectId $aadSp.ObjectId -KeyId $oldKeyId

# Microsoft's script: service principal clean-up mode
.\ConfigureExchangeHybridApplication.ps1 -ResetFirstPartyServicePrincipalKeyCredentials
.\ConfigureExchangeHybridApplication.ps1 -ResetFirstPartyServicePrincipalKeyCredentials -CertificateInformation '0123456789ABCDEF0123456789ABCDEF01234567'
