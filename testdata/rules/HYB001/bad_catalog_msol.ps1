Connect-MsolService
$sp = Get-MsolServicePrincipal -ServicePrincipalName '00000002-0000-0ff1-ce00-000000000000'
$credValue = [Convert]::ToBase64String($cert.GetRawCertData())
New-MsolServicePrincipalCredential -AppPrincipalId $sp.AppPrincipalId -Type asymmetric -Usage Verify -Value $credValue   # expect: HYB001
