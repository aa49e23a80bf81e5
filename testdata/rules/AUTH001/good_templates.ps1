# expect-none: AUTH001
# Values that stand where a password goes but carry no secret: the anonymous relay idiom
# (corpus review, issue 4). Template placeholders get a note: see bad_placeholders.ps1.

# The anonymous relay idiom with "anonymous" as the password (rules.md D15): no secret.
$anonSecure = ConvertTo-SecureString -String 'anonymous' -AsPlainText -Force
$anonCred = New-Object System.Management.Automation.PSCredential('anonymous', $anonSecure)
