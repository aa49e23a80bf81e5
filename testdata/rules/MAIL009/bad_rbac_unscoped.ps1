# An RBAC for Applications assignment WITHOUT -CustomResourceScope does not limit the app:
# it is tenant-wide, and the Entra Mail.Send grant stays unscoped.
Connect-MgGraph -Scopes 'AppRoleAssignment.ReadWrite.All' -NoWelcome
Connect-ExchangeOnline -AppId $adminAppId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

$graph = Get-MgServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"
$sp = Get-MgServicePrincipal -Filter "displayName eq 'svc-notify'"
$role = $graph.AppRoles | Where-Object Value -eq 'Mail.Send'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id -PrincipalId $sp.Id -ResourceId $graph.Id -AppRoleId $role.Id   # expect: MAIL009

New-ServicePrincipal -AppId $sp.AppId -ObjectId $sp.Id -DisplayName 'svc-notify'
New-ManagementRoleAssignment -App $sp.AppId -Role 'Application Mail.Send'
