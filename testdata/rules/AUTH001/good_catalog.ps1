# expect-none: AUTH001
# AUTH001 negative fixture taken from the rule catalog (rules.md, section G).
$s = Read-Host -AsSecureString
$u = ConvertTo-SecureString $env:ENCRYPTED_BLOB
$anon = ConvertTo-SecureString '' -AsPlainText -Force
