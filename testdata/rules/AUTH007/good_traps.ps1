# expect-none: AUTH007
# Replacements, look-alike names, local functions and clean-up of the old modules.

Import-Module Microsoft.Graph.Users
Import-Module Microsoft.Entra.Users
Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Directory.Read.All' -NoWelcome
Get-MgUser -Filter "userPrincipalName eq 'kim@contoso.com'"
Update-MgUser -UserId kim@contoso.com -UsageLocation US
Connect-Entra -Scopes 'User.Read.All'
Get-EntraGroup -Filter "displayName eq 'Mail Admins'"

# Az PowerShell and AzureRM nouns are not AzureAD cmdlets.
Connect-AzAccount -Identity
Get-AzADUser -UserPrincipalName kim@contoso.com
Get-AzADServicePrincipal -DisplayName 'Mail automation'
Get-AzureRmADUser -UserPrincipalName kim@contoso.com

# Entra's compatibility helper is an Entra cmdlet.
Enable-EntraAzureADAlias

# A local function defined before the call wins over any module cmdlet.
function Get-MsolLicenseSummary {
    param($Users)
    $Users | Group-Object -Property UsageLocation
}
Get-MsolLicenseSummary -Users (Get-MgUser -All)

# Inventory and removal of the retired modules.
Get-Module -ListAvailable -Name 'MSOnline', 'AzureAD'
Remove-Module AzureAD -ErrorAction SilentlyContinue
Uninstall-Module -Name MSOnline -AllVersions -Force

# Variables and strings that contain the names.
$MsolUsers = @()
Write-Warning 'MSOnline and AzureAD are retired; use Connect-MgGraph instead of Connect-MsolService.'
# Connect-AzureAD -Credential $old
