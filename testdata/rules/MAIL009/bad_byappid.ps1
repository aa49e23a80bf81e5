# Graph service principal looked up by appId held in a variable.
param([string]$ManagedIdentityName = 'logic-notify')

$graphAppId = '00000003-0000-0000-c000-000000000000'
$msGraph = Get-MgServicePrincipalByAppId -AppId $graphAppId
$target = Get-MgServicePrincipal -Filter "displayName eq '$ManagedIdentityName'"

$send = $msGraph.AppRoles | ? { $_.Value -eq "Mail.Send" }
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $target.Id -PrincipalId $target.Id -ResourceId $msGraph.Id -AppRoleId $send.Id   # expect: MAIL009
