# expect-none: AUTH003
# Secret-named places holding text that is not a secret (corpus review, issue 4).

# File paths, also in a hashtable key named Password.
$login = @{ UserName = 'svc-relay'; Password = 'C:\secure\relay-password.txt' }
$smtpPasswordFile = 'D:\keys\smtp.txt'
$relayPassword = '.\secrets\relay.txt'
$sharePassword = '\\fileserver\secure$\relay.txt'

# Multi-line text (a script snippet in a here-string) is not a password.
$snippetWithPassword = @'
param($UserName, $Password)
Write-Output $UserName
'@

# Machine-generated secrets (client secrets, tokens, API keys) always contain a digit:
# letters-only values under such names describe what goes there.
$client_secret = 'verylongsecurestring'
$sgToken = 'SendGridToken'
$graphApiKey = 'your-api-key-goes-here'
$tokens = @{ firstToken = 'Write-Output'; lastToken = 'Completed' }

# Descriptive values and prompts.
$smtpPassword = 'TextPassword'
$ftpPassword = 'relaypasswordhidden'
$archivePassword = 'YOURARCHIVEPASSWORD'
$backupPwd = 'CHANGE_ME'
$anonPassword = 'anonymous'

# Lower-case compound names that do not end in a secret word.
$bypassmode = 'Always-Allow-1'
$passwordlastset = '2024-01-31T10:00'
