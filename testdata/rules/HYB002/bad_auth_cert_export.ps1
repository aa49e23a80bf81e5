# Export of the Exchange Auth certificate in the same script as its upload to the shared principal.
# HYB002 is reported on the export; the upload itself is HYB001.
$thumbprint = (Get-AuthConfig).CurrentCertificateThumbprint
$authCert = Get-ChildItem -Path Cert:\LocalMachine\My | Where-Object { $_.Thumbprint -eq $thumbprint }
$credValue = [System.Convert]::ToBase64String($authCert.GetRawCertData())   # expect: HYB002

Connect-MsolService
$exoSp = Get-MsolServicePrincipal -ServicePrincipalName '00000002-0000-0ff1-ce00-000000000000'
New-MsolServicePrincipalCredential -AppPrincipalId $exoSp.AppPrincipalId -Type asymmetric -Usage Verify -Value $credValue
