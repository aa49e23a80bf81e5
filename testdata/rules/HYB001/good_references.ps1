# expect-none: HYB001
# Scripts that mention or read the Exchange Online service principal without adding credentials.
Connect-MgGraph -Scopes 'Application.ReadWrite.All', 'AuditLog.Read.All' -NoWelcome
$exoAppId = '00000002-0000-0ff1-ce00-000000000000'

# app registration requesting Exchange.ManageAsApp
$exoSp = Get-MgServicePrincipalByAppId -AppId $exoAppId
$manageAsApp = $exoSp.AppRoles | Where-Object Value -eq 'Exchange.ManageAsApp'
$app = New-MgApplication -DisplayName 'exo-automation' -RequiredResourceAccess @(
    @{
        ResourceAppId  = '00000002-0000-0ff1-ce00-000000000000'
        ResourceAccess = @(@{ Id = $manageAsApp.Id; Type = 'Role' })
    }
)

# app role grant through REST: a POST to the EXO SP, but no credentials
$automationSp = New-MgServicePrincipal -AppId $app.AppId
$grant = @{ principalId = $automationSp.Id; resourceId = $exoSp.Id; appRoleId = $manageAsApp.Id }
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$($exoSp.Id)/appRoleAssignedTo" -Body $grant

# read-only inspection of the keys
$exoSp.KeyCredentials | Select-Object KeyId, DisplayName, StartDateTime, EndDateTime
Invoke-MgGraphRequest -Method GET -Uri "https://graph.microsoft.com/v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')?`$select=keyCredentials"
if ($exoSp.KeyCredentials.Count -gt 0) {
    Write-Warning 'The Office 365 Exchange Online service principal still has key credentials: run the clean-up mode.'
}

# sign-in log filter
Get-MgAuditLogSignIn -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'" -Top 50

# text and comments
Write-Host "Do not run New-MsolServicePrincipalCredential -AppPrincipalId $exoAppId"
# New-MsolServicePrincipalCredential -AppPrincipalId 00000002-0000-0ff1-ce00-000000000000 -Type asymmetric -Usage Verify -Value $credValue
<#
Update-MgServicePrincipal -ServicePrincipalId $exoSp.Id -KeyCredentials @(@{ Type = 'AsymmetricX509Cert'; Usage = 'Verify'; Key = $cert.RawData })
#>
