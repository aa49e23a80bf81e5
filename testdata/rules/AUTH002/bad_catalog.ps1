# AUTH002 fixture taken from the rule catalog (rules.md, section G).
$pw = ConvertTo-SecureString 'Winter!2025' -AsPlainText -Force
$c1 = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $pw)   # expect: AUTH002
$c2 = [Net.NetworkCredential]::new('svc@contoso.com', 'Winter!2025')   # expect: AUTH002
