# A permission list that includes Mail.Send, granted in a loop.
$graph = Get-MgServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"
$app = Get-MgServicePrincipal -Filter "displayName eq 'svc-helpdesk'"
$permissions = 'User.Read.All', 'Mail.Send'
foreach ($permission in $permissions) {
    $appRole = $graph.AppRoles | Where-Object { $_.Value -eq $permission -and $_.AllowedMemberTypes -contains 'Application' }
    New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $appRole.Id   # expect: MAIL009
}
