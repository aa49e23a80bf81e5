# Export-Certificate of the Exchange Auth certificate, later uploaded with Microsoft Graph.
$authConfig = Get-AuthConfig
$certPath = Join-Path -Path 'C:\OAuthConfig' -ChildPath 'OAuthCert.cer'
Export-Certificate -Cert "Cert:\LocalMachine\My\$($authConfig.CurrentCertificateThumbprint)" -FilePath $certPath -Type CERT   # expect: HYB002

Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$cer = Get-PfxCertificate -FilePath $certPath
$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$keys = @($exo.KeyCredentials) + @{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $cer.RawData }
Update-MgServicePrincipal -ServicePrincipalId $exo.Id -KeyCredentials $keys
