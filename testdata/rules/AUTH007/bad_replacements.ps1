# AUTH007: each finding names the replacement from Microsoft's AzureAD/MSOnline-to-Graph
# cmdlet map, and the Microsoft Entra PowerShell cmdlet where Entra has one.
Connect-MsolService   # expect: AUTH007 "use Connect-MgGraph [(]Microsoft Graph[)][.]$"
$users = Get-MsolUser -All   # expect: AUTH007 "Get-MsolUser is an MSOnline cmdlet.*use Get-MgUser [(]Microsoft Graph[)]"
Set-MsolUserLicense -UserPrincipalName kim@contoso.com -AddLicenses 'contoso:ENTERPRISEPACK'   # expect: AUTH007 "use Set-MgUserLicense"
Set-MsolCompanySettings -UsersPermissionToCreateGroupsEnabled $false   # expect: AUTH007 "use Update-MgOrganization or Update-MgPolicyAuthorizationPolicy"
Set-MsolADFSContext -Computer adfs01   # expect: AUTH007 "gives no Microsoft Graph PowerShell equivalent[.]$"

Connect-AzureAD   # expect: AUTH007 "use Connect-MgGraph [(]Microsoft Graph[)] or Connect-Entra [(]Microsoft Entra[)]"
Get-AzureADUser -ObjectId kim@contoso.com   # expect: AUTH007 "use Get-MgUser [(]Microsoft Graph[)] or Get-EntraUser [(]Microsoft Entra[)]"
get-azureadgroupmember -ObjectId $groupId   # expect: AUTH007 "use Get-MgGroupMember .* or Get-EntraGroupMember"
New-AzureADTrustedCertificateAuthority -CertificateInformation $ca   # expect: AUTH007 "no Microsoft Graph PowerShell equivalent; use New-EntraTrustedCertificateAuthority"
Get-AzureADApplicationProxyConnector   # expect: AUTH007 "gives no Microsoft Graph PowerShell equivalent[.]$"
Get-AzureADMSFeatureRolloutPolicy   # expect: AUTH007 "does not list it"
