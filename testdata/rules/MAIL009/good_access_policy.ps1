# expect-none: MAIL009
# Mail.Send granted, then restricted with an application access policy in the same script.
Connect-MgGraph -Scopes 'AppRoleAssignment.ReadWrite.All' -NoWelcome
$graph = Get-MgServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"
$app = Get-MgServicePrincipal -Filter "displayName eq 'svc-invoices'"
$role = $graph.AppRoles | Where-Object { $_.Value -eq 'Mail.Send' }
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $role.Id

Connect-ExchangeOnline -AppId $adminAppId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'
New-ApplicationAccessPolicy -AppId $app.AppId -PolicyScopeGroupId 'invoice-senders@contoso.com' -AccessRight RestrictAccess -Description 'svc-invoices may send only as invoice mailboxes'
Test-ApplicationAccessPolicy -Identity 'invoices@contoso.com' -AppId $app.AppId
