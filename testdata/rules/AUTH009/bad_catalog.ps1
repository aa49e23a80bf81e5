# AUTH009 fixture taken from the rule catalog (rules.md, section G).
$key = (1..16)
$sec = Get-Content .\pw.txt | ConvertTo-SecureString -Key $key   # expect: AUTH009
