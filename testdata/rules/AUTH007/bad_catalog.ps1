# AUTH007 fixture taken from the rule catalog (rules.md, section G).
Import-Module MSOnline   # expect: AUTH007
Connect-MsolService   # expect: AUTH007
Get-AzureADUser -All $true   # expect: AUTH007
