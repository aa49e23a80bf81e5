# expect-none: HYB001
$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"
$role = $exo.AppRoles | Where-Object Value -eq 'Exchange.ManageAsApp'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $mi.Id -PrincipalId $mi.Id -ResourceId $exo.Id -AppRoleId $role.Id
$keep = @($exo.KeyCredentials | Where-Object { $_.EndDateTime -gt (Get-Date) -and $_.CustomKeyIdentifier -ne $oldThumb })
Update-MgServicePrincipal -ServicePrincipalId $exo.Id -KeyCredentials $keep
