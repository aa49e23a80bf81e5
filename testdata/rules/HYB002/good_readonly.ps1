# expect-none: HYB002
# Inventory, tests, other partner applications, and an Auth certificate backup without upload.
Get-PartnerApplication | Where-Object ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' | Format-List Name, Enabled, Realm, LinkedAccount
Get-AuthServer | Select-Object Name, Type, ApplicationIdentifier, Enabled
Get-AuthConfig | Select-Object CurrentCertificateThumbprint, NextCertificateThumbprint
Test-OAuthConnectivity -Service EWS -TargetUri 'https://outlook.office365.com/ews/exchange.asmx' -Mailbox 'admin@contoso.com'

# SharePoint Online partner application (appId 00000003-0000-0ff1-ce00-000000000000), not Exchange Online
Get-PartnerApplication | Where-Object ApplicationIdentifier -eq '00000003-0000-0ff1-ce00-000000000000' | Set-PartnerApplication -Enabled $true
Set-PartnerApplication -Identity 'SharePoint Online' -ApplicationIdentifier '00000003-0000-0ff1-ce00-000000000000' -Enabled $true

# turning the legacy partner application OFF is not the trigger (only -Enabled $true is)
Get-PartnerApplication | Where-Object ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' | Set-PartnerApplication -Enabled $false

# backup of the Auth certificate: exported, but not uploaded anywhere in this script
$thumb = (Get-AuthConfig).CurrentCertificateThumbprint
Export-Certificate -Cert "Cert:\LocalMachine\My\$thumb" -FilePath 'D:\Backup\auth.cer' -Type CERT

# text only
Write-Host 'Legacy step (do not use): Get-PartnerApplication | Set-PartnerApplication -Enabled $true'
# New-PartnerApplication -Name 'Exchange Online' -ApplicationIdentifier 00000002-0000-0ff1-ce00-000000000000
