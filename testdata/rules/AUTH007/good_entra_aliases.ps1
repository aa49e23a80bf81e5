# expect-none: AUTH007
# Microsoft Entra PowerShell's compatibility aliases: after Enable-EntraAzureADAlias the
# AzureAD cmdlet names are aliases of Entra cmdlets, not the retired module.
Import-Module Microsoft.Entra
Connect-Entra -Scopes 'User.Read.All', 'Group.Read.All'
Enable-EntraAzureADAlias
Get-AzureADUser -Top 10
$g = Get-AzureADGroup -Filter "displayName eq 'Mail Admins'"
function Get-Owners { param($Id) Get-AzureADGroupOwner -ObjectId $Id }
Get-Owners -Id $g.ObjectId
