# AUTH001: hard-coded passwords in the shapes seen in published scripts. Human-chosen
# passwords are often letters only; only text that names a secret is a placeholder.

$initialSecure = ConvertTo-SecureString 'Welcome' -AsPlainText -Force   # expect: AUTH001
$seasonSecure = ConvertTo-SecureString 'Sunshine-Harbor' -AsPlainText -Force   # expect: AUTH001
$phraseSecure = ConvertTo-SecureString 'the quick brown relay' -AsPlainText -Force   # expect: AUTH001

# A literal fallback after a run-time value: the last write before the call wins.
$fallbackPlain = $env:RELAY_PASSWORD
if (-not $fallbackPlain) { $fallbackPlain = 'Fallback-Otter#31' }
$fallbackSecure = ConvertTo-SecureString $fallbackPlain -AsPlainText -Force   # expect: AUTH001
