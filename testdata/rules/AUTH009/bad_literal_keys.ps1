# AUTH009 (warning): -Key / -SecureKey bound to a literal on ConvertTo-SecureString or
# ConvertFrom-SecureString. The result is on the cmdlet call.

$encrypted = Get-Content -Path 'C:\secure\relay.enc'

# Range literal inline.
$relaySecure = ConvertTo-SecureString -String $encrypted -Key (1..16)   # expect: AUTH009

# Range assigned without parentheses.
$rangeKey = 1..32
$rangeSecure = $encrypted | ConvertTo-SecureString -Key $rangeKey   # expect: AUTH009

# [byte[]] cast of literals.
$castKey = [byte[]](3, 141, 59, 26, 53, 58, 97, 93, 23, 84, 62, 64, 33, 83, 27, 95)
$castSecure = ConvertTo-SecureString $encrypted -Key $castKey   # expect: AUTH009

# Type-constrained variable with an array literal.
[byte[]]$typedKey = 7, 22, 91, 14, 250, 3, 66, 120, 9, 44, 18, 201, 77, 5, 160, 31, 8, 19, 203, 4, 99, 42, 1, 88
$typedSecure = ConvertTo-SecureString -String $encrypted -Key $typedKey   # expect: AUTH009

# Array-subexpression literal.
$arrayKey = @(12, 34, 56, 78, 90, 11, 22, 33, 44, 55, 66, 77, 88, 99, 100, 111)
$arraySecure = ConvertTo-SecureString $encrypted -Key $arrayKey   # expect: AUTH009

# Export side: ConvertFrom-SecureString with a literal key.
$toStore = Read-Host -AsSecureString -Prompt 'Relay password'
$toStore | ConvertFrom-SecureString -Key (1..16) | Set-Content -Path 'C:\secure\relay.enc'   # expect: AUTH009
$exported = ConvertFrom-SecureString -SecureString $toStore -Key $castKey   # expect: AUTH009

# -SecureKey derived from a literal (AUTH001 also reports the inner conversion). PowerShell
# uses the SecureString's UTF-16 bytes as the AES key, so it must have 8, 12 or 16 characters.
$secureKeySecure = ConvertTo-SecureString $encrypted -SecureKey (ConvertTo-SecureString 'Mallow-Keystone!' -AsPlainText -Force)   # expect: AUTH009

# Backtick continuation.
# expect-next-line: AUTH009
$wrappedSecure = ConvertTo-SecureString `
    -String $encrypted `
    -Key (1..24)
