# Microsoft Graph PowerShell: adding keys and passwords to the Exchange Online service principal.
Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$cert = Get-PfxCertificate -FilePath 'C:\OAuthConfig\OAuthCert.cer'

# 1. addKey, SP found by appId
$exo = Get-MgServicePrincipalByAppId -AppId '00000002-0000-0ff1-ce00-000000000000'
$newKey = @{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $cert.RawData }
Add-MgServicePrincipalKey -ServicePrincipalId $exo.Id -KeyCredential $newKey -Proof $proofToken   # expect: HYB001

# 2. addPassword through a splat
$passwordArgs = @{
    ServicePrincipalId = $exo.Id
    PasswordCredential = @{ DisplayName = 'hybrid-fallback'; EndDateTime = (Get-Date).AddMonths(6) }
}
Add-MgServicePrincipalPassword @passwordArgs   # expect: HYB001

# 3. += onto the existing list
$exo2 = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$all = $exo2.KeyCredentials
$all += @{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $cert.GetRawCertData() }
Update-MgServicePrincipal -ServicePrincipalId $exo2.Id -KeyCredentials $all   # expect: HYB001

# 4. .Add() onto a list seeded with the existing credentials
$list = [System.Collections.Generic.List[object]]::new()
foreach ($k in $exo2.KeyCredentials) { $list.Add($k) }
$list.Add($newKey)
Update-MgServicePrincipal -ServicePrincipalId $exo2.Id -KeyCredentials $list   # expect: HYB001

# 5. the collection replaced by a single new key (Base64 of the certificate), -Param:value form
Update-MgServicePrincipal -ServicePrincipalId:$exo2.Id -KeyCredentials:@(@{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = [Convert]::ToBase64String($cert.Export('Cert')) })   # expect: HYB001

# 6. appId in a variable expanded inside the filter, lower case
$exoAppId = '00000002-0000-0ff1-ce00-000000000000'
$exo3 = get-mgserviceprincipal -filter "appId eq '$exoAppId'"
add-mgserviceprincipalpassword -serviceprincipalid $exo3.Id   # expect: HYB001
