# expect-none: MAIL009
# Mail.Send granted and scoped with RBAC for Applications; the role assignment is splatted.
$graph = Get-MgServicePrincipalByAppId -AppId '00000003-0000-0000-c000-000000000000'
$mi = Get-MgServicePrincipal -Filter "displayName eq 'func-alerts'"
$mailSend = $graph.AppRoles | Where-Object Value -eq 'Mail.Send'
$grant = @{ ServicePrincipalId = $mi.Id; PrincipalId = $mi.Id; ResourceId = $graph.Id; AppRoleId = $mailSend.Id }
New-MgServicePrincipalAppRoleAssignment @grant

New-ManagementScope -Name 'Alert senders' -RecipientRestrictionFilter "CustomAttribute1 -eq 'alert-sender'"
$rbac = @{
    App                 = $mi.AppId
    Role                = 'Application Mail.Send'
    CustomResourceScope = 'Alert senders'
}
New-ManagementRoleAssignment @rbac
