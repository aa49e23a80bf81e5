# expect-none: AUTH003
# Template values in secret-named variables: AUTH003 does not report placeholders (catalog);
# when such a value reaches a credential, AUTH001/AUTH002 report it as a note.
$smtpPassword = "myPassword"
$relayPassword = 'yourRelayPassword'
$storePass = 'SamplePassword'
$apiKey = '<your-key-here>'
$smtpCredential = New-Object System.Net.NetworkCredential('reports@contoso.com', $smtpPassword)

# Sentences of four words or more that say what goes there (corpus re-scan, issue 16), and
# generic dummy words.
$Password = 'AskTheOperatorForThePasswordAtRunTime'
$resetPassword = 'MakeSureThisPasswordIsRotated'
$pesterPassword = 'TempPassword'
