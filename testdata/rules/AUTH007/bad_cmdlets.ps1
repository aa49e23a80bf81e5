# AUTH007: MSOnline (*-Msol*) and AzureAD / AzureADPreview (*-AzureAD*) cmdlets.
$adminCred = Get-AutomationPSCredential -Name 'TenantAdmin'
Connect-MsolService -Credential $adminCred   # expect: AUTH007
$unlicensed = Get-MsolUser -All -UnlicensedUsersOnly   # expect: AUTH007
Set-MsolUserLicense -UserPrincipalName kim@contoso.com -AddLicenses 'contoso:ENTERPRISEPACK'   # expect: AUTH007
Get-MsolServicePrincipal -AppPrincipalId $appId | Select-Object DisplayName   # expect: AUTH007
MSOnline\Get-MsolDomain   # expect: AUTH007

Connect-AzureAD -TenantId contoso.onmicrosoft.com -Credential $adminCred   # expect: AUTH007
$groups = Get-AzureADMSGroup -Filter "displayName eq 'Mail Admins'"   # expect: AUTH007
$kim = Get-AzureADUser -ObjectId kim@contoso.com   # expect: AUTH007
Set-AzureADUser -ObjectId $kim.ObjectId -UsageLocation US   # expect: AUTH007

# expect-next-line: AUTH007
New-AzureADApplicationPasswordCredential `
    -ObjectId $appObjectId `
    -CustomKeyIdentifier 'nightly'

foreach ($u in $unlicensed) {
    Remove-MsolUser -UserPrincipalName $u.UserPrincipalName -Force   # expect: AUTH007
}
