# expect-none: AUTH007
# AUTH007 negative fixture taken from the rule catalog (rules.md, section G).
Connect-MgGraph -Scopes User.Read.All
Get-MgUser -All
Get-EntraUser -All
