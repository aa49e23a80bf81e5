# App-only Mail.Send granted to several automation identities; nothing in this script scopes it.
Connect-MgGraph -Scopes 'AppRoleAssignment.ReadWrite.All', 'Application.Read.All' -NoWelcome

$graphSp = Get-MgServicePrincipal -Filter "AppId eq '00000003-0000-0000-c000-000000000000'"
$mi      = Get-MgServicePrincipal -Filter "displayName eq 'func-alerts'"
$runbook = Get-MgServicePrincipal -Filter "displayName eq 'aa-reports'"
$webApp  = Get-MgServicePrincipal -Filter "displayName eq 'app-invoices'"

# 1. script-block filter that also checks the member type
$mailSend = $graphSp.AppRoles | Where-Object { $_.Value -eq 'Mail.Send' -and $_.AllowedMemberTypes -contains 'Application' }
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $mi.Id -PrincipalId $mi.Id -ResourceId $graphSp.Id -AppRoleId $mailSend.Id   # expect: MAIL009

# 2. .Where() method, lower-case role name (-eq is case-insensitive), lower-case cmdlet
$sendRole = $graphSp.AppRoles.Where({ $_.Value -eq 'mail.send' })[0]
new-mgserviceprincipalapproleassignment -ServicePrincipalId $runbook.Id -PrincipalId $runbook.Id -ResourceId $graphSp.Id -AppRoleId $sendRole.Id   # expect: MAIL009

# 3. splatted assignment
$assignment = @{
    ServicePrincipalId = $webApp.Id
    PrincipalId        = $webApp.Id
    ResourceId         = $graphSp.Id
    AppRoleId          = $mailSend.Id
}
New-MgServicePrincipalAppRoleAssignment @assignment   # expect: MAIL009

# 4. -Param:value forms
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId:$mi.Id -PrincipalId:$mi.Id -ResourceId:$graphSp.Id -AppRoleId:$mailSend.Id   # expect: MAIL009

# 5. backtick-continued command
# expect-next-line: MAIL009
New-MgServicePrincipalAppRoleAssignment `
    -ServicePrincipalId $runbook.Id `
    -PrincipalId $runbook.Id `
    -ResourceId $graphSp.Id `
    -AppRoleId $mailSend.Id

# 6. named-parameter Where-Object form
$viaProperty = $graphSp.AppRoles | Where-Object -Property Value -EQ -Value 'Mail.Send'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $webApp.Id -PrincipalId $webApp.Id -ResourceId $graphSp.Id -AppRoleId $viaProperty.Id   # expect: MAIL009
