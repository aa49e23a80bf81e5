# AUTH002, rules.md D3: NetworkCredential(...).SecurePassword used to build a SecureString
# without ConvertTo-SecureString. The NetworkCredential constructor has a literal password
# (one result); the PSCredential built from its SecurePassword is a second credential
# object built from the same literal (a second result on its own line).
$prismSecure = (New-Object System.Net.NetworkCredential('', 'Prism-Ledger!62')).SecurePassword   # expect: AUTH002
$prismCred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $prismSecure)   # expect: AUTH002
