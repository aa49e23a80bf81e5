$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$keys = @($exo.KeyCredentials) + @{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $cert.RawData }
Update-MgServicePrincipal -ServicePrincipalId $exo.Id -KeyCredentials $keys   # expect: HYB001
