# expect-none: AUTH009
# AUTH009 negative fixture taken from the rule catalog (rules.md, section G).
$sec = Get-Content .\pw.txt | ConvertTo-SecureString
