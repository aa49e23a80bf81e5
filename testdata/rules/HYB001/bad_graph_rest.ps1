# Raw Graph REST calls that add credentials to the Exchange Online service principal.
Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$cert = Get-PfxCertificate -FilePath 'C:\OAuthConfig\OAuthCert.cer'
$b64 = [Convert]::ToBase64String($cert.RawData)

# 1. PATCH by appId with a new keyCredentials entry
$patch = @{
    keyCredentials = @(
        @{ type = 'AsymmetricX509Cert'; usage = 'Verify'; key = $b64; displayName = 'CN=Microsoft Exchange Server Auth Certificate' }
    )
}
Invoke-MgGraphRequest -Method PATCH -Uri "https://graph.microsoft.com/v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')" -Body $patch   # expect: HYB001

# 2. addPassword by object id from a lookup
$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$($exo.Id)/addPassword" -Body @{ passwordCredential = @{ displayName = 'temp' } }   # expect: HYB001

# 3. addKey with Invoke-RestMethod, id copied to a variable
$accessToken = (Get-AzAccessToken -ResourceUrl 'https://graph.microsoft.com').Token
$exoId = $exo.Id
$addKeyBody = @{ keyCredential = @{ type = 'AsymmetricX509Cert'; usage = 'Verify'; key = $b64 }; passwordCredential = $null; proof = $proofToken } | ConvertTo-Json -Depth 5
Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$exoId/addKey" -Headers @{ Authorization = "Bearer $accessToken" } -Body $addKeyBody -ContentType 'application/json'   # expect: HYB001

# 4. Invoke-WebRequest addPassword by appId, single-quoted URI with doubled quotes
Invoke-WebRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/servicePrincipals(appId=''00000002-0000-0ff1-ce00-000000000000'')/addPassword' -Headers @{ Authorization = "Bearer $accessToken" } -Body '{}' -ContentType 'application/json' -UseBasicParsing   # expect: HYB001

# 5. PATCH appending to the existing list, backtick-continued
$merged = @($exo.KeyCredentials) + @(@{ type = 'AsymmetricX509Cert'; usage = 'Verify'; key = $b64 })
# expect-next-line: HYB001
Invoke-MgGraphRequest -Method PATCH `
    -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$($exo.Id)" `
    -Body @{ keyCredentials = $merged }
