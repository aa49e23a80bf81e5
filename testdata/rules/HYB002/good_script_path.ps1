# expect-none: HYB002
# Microsoft's script called by full path, plus an export and upload of the Auth certificate to the dedicated app.
& 'D:\Tools\ConfigureExchangeHybridApplication.ps1' -FullyConfigureExchangeHybridApplication -Confirm:$false
$thumbprint = (Get-AuthConfig).CurrentCertificateThumbprint
Export-Certificate -Cert "Cert:\LocalMachine\My\$thumbprint" -FilePath 'C:\OAuthConfig\next-auth.cer' -Type CERT
& 'D:\Tools\ConfigureExchangeHybridApplication.ps1' -UpdateCertificate -CertificateMethod File -CertificateInformation 'C:\OAuthConfig\next-auth.cer'
Get-PartnerApplication | Where-Object { $_.ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' } | Set-PartnerApplication -Enabled $true
