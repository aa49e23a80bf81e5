# AUTH007: a call before Enable-EntraAzureADAlias still reaches the AzureAD module, and
# MSOnline cmdlets have no Entra aliases.
Connect-AzureAD   # expect: AUTH007
Enable-EntraAzureADAlias
Get-AzureADUser -Top 10
Get-MsolUser -All   # expect: AUTH007
