# AzureAD module: key and password credentials on the Exchange Online service principal.
Connect-AzureAD
$cer = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2
$cer.Import('C:\OAuthConfig\OAuthCert.cer')
$bin = $cer.GetRawCertData()
$credValue = [System.Convert]::ToBase64String($bin)

# 1. found by AppId filter
$exoSp = Get-AzureADServicePrincipal -Filter "AppId eq '00000002-0000-0ff1-ce00-000000000000'"
New-AzureADServicePrincipalKeyCredential -ObjectId $exoSp.ObjectId -CustomKeyIdentifier 'ExchangeHybrid' -Type AsymmetricX509Cert -Usage Verify -Value $credValue   # expect: HYB001

# 2. found by display name
$byName = Get-AzureADServicePrincipal -SearchString 'Office 365 Exchange Online'
New-AzureADServicePrincipalPasswordCredential -ObjectId $byName.ObjectId -EndDate (Get-Date).AddYears(1)   # expect: HYB001

# 3. object id copied to a variable first
$exoObjectId = $exoSp.ObjectId
New-AzureADServicePrincipalKeyCredential -ObjectId $exoObjectId -Type AsymmetricX509Cert -Usage Verify -Value $credValue -StartDate $cer.NotBefore -EndDate $cer.NotAfter   # expect: HYB001
