# AUTH003: literals assigned to variables whose last name word is a secret word.
# Names are split at camelCase/PascalCase boundaries, '_', '-' and digits.

$SMTP_PASSWORD = 'Mistral-Hollow#52'   # expect: AUTH003
$smtpPwd = "Gravel-Sonnet#19"   # expect: AUTH003
$sendgridApiKey = 'sk_fixture_Pebble7731'   # expect: AUTH003
$script:relayPassword = 'Crimson-Ledge#440'   # expect: AUTH003
$env:BACKUP_PASSWORD = 'Lumen-Thicket#83'   # expect: AUTH003
$pw1 = 'Otter-Canvas#2291'   # expect: AUTH003
[string]$apiToken = 'Fjord-Whisper#66'   # expect: AUTH003
$ftpPass = 'Marble-Cove#1250'   # expect: AUTH003
# A here-string header line cannot carry a comment, so the expectation goes above it.
# expect-next-line: AUTH003
$certPassphrase = @'
Saddle-Meadow#7102
'@
$graphClientSecret = 'Yd2~Alder.Wren-3184'   # expect: AUTH003
