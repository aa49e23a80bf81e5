# AUTH001 fixture taken from the rule catalog (rules.md, section G).
$s = ConvertTo-SecureString 'Autumn#2024' -AsPlainText -Force   # expect: AUTH001
$t = 'Autumn#2024' | ConvertTo-SecureString -AsPlainText   # expect: AUTH001
