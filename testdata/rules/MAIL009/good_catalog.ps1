# expect-none: MAIL009
$graph = Get-MgServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"
$role  = $graph.AppRoles | Where-Object Value -eq 'Mail.Send'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id -PrincipalId $sp.Id -ResourceId $graph.Id -AppRoleId $role.Id
New-ManagementScope -Name 'AlertsOnly' -RecipientRestrictionFilter "PrimarySmtpAddress -eq 'alerts@contoso.com'"
New-ManagementRoleAssignment -App $sp.AppId -Role 'Application Mail.Send' -CustomResourceScope 'AlertsOnly'
