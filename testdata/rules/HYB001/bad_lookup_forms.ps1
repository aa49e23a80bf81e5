# Further ways of reaching the Exchange Online service principal and of adding a credential.
Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$cert = Get-PfxCertificate -FilePath 'C:\OAuthConfig\OAuthCert.cer'
$b64 = [Convert]::ToBase64String($cert.RawData)

# 1. the lookup piped straight into the credential cmdlet
Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'" | Add-MgServicePrincipalPassword   # expect: HYB001

# 2. the service principal object piped in
$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$exo | Add-MgServicePrincipalKey -KeyCredential @{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $cert.RawData } -Proof $proofToken   # expect: HYB001

# 3. every service principal, filtered on the appId
$all = Get-MgServicePrincipal -All | Where-Object { $_.AppId -eq '00000002-0000-0ff1-ce00-000000000000' }
Add-MgServicePrincipalPassword -ServicePrincipalId $all.Id   # expect: HYB001

# 4. found by display name
$byName = Get-AzADServicePrincipal -DisplayName 'Office 365 Exchange Online'
New-AzADSpCredential -ObjectId $byName.Id -CertValue $b64   # expect: HYB001
New-AzADSpCredential -DisplayName 'Office 365 Exchange Online' -CertValue $b64   # expect: HYB001

# 5. only the id kept, with Select-Object -ExpandProperty or a member of the lookup
$id = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'" | Select-Object -ExpandProperty Id
Add-MgServicePrincipalPassword -ServicePrincipalId $id   # expect: HYB001
$id2 = (Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'").Id
Add-MgServicePrincipalPassword -ServicePrincipalId $id2   # expect: HYB001

# 6. looked up through REST, then addPassword on the id
$headers = @{ Authorization = "Bearer $token" }
$found = Invoke-RestMethod -Uri "https://graph.microsoft.com/v1.0/servicePrincipals?`$filter=appId eq '00000002-0000-0ff1-ce00-000000000000'" -Headers $headers
$spId = $found.value[0].id
Invoke-RestMethod -Method POST -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$spId/addPassword" -Headers $headers -Body '{}' -ContentType 'application/json'   # expect: HYB001

# 7. Azure AD Graph PATCH, with an unknown tenant segment and a query string
Invoke-RestMethod -Method Patch -Uri "https://graph.windows.net/$tenant/servicePrincipals/$($exo.Id)?api-version=1.6" -Headers $headers -Body (@{ keyCredentials = @(@{ value = $b64; type = 'AsymmetricX509Cert'; usage = 'Verify' }) } | ConvertTo-Json -Depth 4)   # expect: HYB001

# 8. JSON text body with a new key
Invoke-MgGraphRequest -Method PATCH -Uri "v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')" -Body '{"keyCredentials":[{"type":"AsymmetricX509Cert","usage":"Verify","key":"MIIBxTCCAS6gAwIBAgIQ"}]}'   # expect: HYB001

# 9. positional method and URI
Invoke-MgGraphRequest POST "v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')/addPassword"   # expect: HYB001

# 10. a list rebuilt from the kept keys plus a new one, sent as [PSCustomObject] through ConvertTo-Json
$keep = New-Object System.Collections.Generic.List[object]
foreach ($k in $exo.KeyCredentials) { $keep.Add([PSCustomObject]@{ key = $k.key; type = $k.type; usage = $k.usage }) }
$keep.Add([PSCustomObject]@{ key = $b64; type = 'AsymmetricX509Cert'; usage = 'Verify' })
$patchBody = [PSCustomObject]@{ keyCredentials = $keep }
Invoke-MgGraphRequest -Method PATCH -Uri "v1.0/servicePrincipals/$($exo.Id)" -Body ($patchBody | ConvertTo-Json -Depth 4)   # expect: HYB001

# 11. the URI extended in place ($uri = $uri + …: the right side reads the earlier value)
$uri = "https://graph.microsoft.com/v1.0/servicePrincipals/$($exo.Id)"
$uri = $uri + '/addPassword'
Invoke-RestMethod -Method POST -Uri $uri -Headers $headers -Body '{}' -ContentType 'application/json'   # expect: HYB001
