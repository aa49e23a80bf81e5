# expect-none: MAIL009
# Grants and look-ups that are not an app-only Mail.Send grant.
$graph = Get-MgServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"
$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$app = Get-MgServicePrincipal -Filter "displayName eq 'svc-directory'"

# other application permissions on Graph
$userRead = $graph.AppRoles | Where-Object Value -eq 'User.Read.All'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $userRead.Id
$mailRead = $graph.AppRoles | Where-Object { $_.Value -eq 'Mail.ReadBasic' }
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $mailRead.Id

# Mail.Send looked up for a report, but the role granted is a different one
$mailSendRole = $graph.AppRoles | Where-Object Value -eq 'Mail.Send'
$calRead = $graph.AppRoles | Where-Object Value -eq 'Calendars.Read'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $calRead.Id

# who already holds Mail.Send? (read only)
Get-MgServicePrincipalAppRoleAssignedTo -ServicePrincipalId $graph.Id -All | Where-Object AppRoleId -eq $mailSendRole.Id | Select-Object PrincipalDisplayName, CreatedDateTime

# removing a Mail.Send assignment
$old = Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id | Where-Object AppRoleId -eq $mailSendRole.Id
Remove-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -AppRoleAssignmentId $old.Id

# delegated Mail.Send (a user must be signed in), not app-only
New-MgOauth2PermissionGrant -ClientId $app.Id -ConsentType 'AllPrincipals' -ResourceId $graph.Id -Scope 'Mail.Send User.Read'

# Exchange.ManageAsApp on the Exchange Online service principal
$manage = $exo.AppRoles | Where-Object Value -eq 'Exchange.ManageAsApp'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $exo.Id -AppRoleId $manage.Id

# requesting Mail.Send in the app registration is not a grant
New-MgApplication -DisplayName 'svc-mailer' -RequiredResourceAccess @(
    @{
        ResourceAppId  = '00000003-0000-0000-c000-000000000000'
        ResourceAccess = @(@{ Id = $mailSendRole.Id; Type = 'Role' })
    }
)

# text only
Write-Host "Grant Mail.Send with New-MgServicePrincipalAppRoleAssignment, then scope it."
# New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $mailSendRole.Id
