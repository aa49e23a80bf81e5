# expect-none: AUTH001
# Values that stand where a password goes but are not secrets: template slots, prompts to
# fill in, descriptive text and the anonymous relay idiom. Found while reviewing published
# scripts (psmailscan corpus review, issue 4).

# The anonymous relay idiom with "anonymous" as the password (rules.md D15): no secret.
$anonSecure = ConvertTo-SecureString -String 'anonymous' -AsPlainText -Force
$anonCred = New-Object System.Management.Automation.PSCredential('anonymous', $anonSecure)

# Prompts to fill in and upper-case names of the value.
$fillIn1 = ConvertTo-SecureString 'yourSmtpPassword' -AsPlainText -Force
$fillIn2 = ConvertTo-SecureString 'ENTER-RELAY-PASSWORD' -AsPlainText -Force
$fillIn3 = ConvertTo-SecureString 'RELAYPASSWORD' -AsPlainText -Force
$fillIn4 = ConvertTo-SecureString 'CHANGE_ME' -AsPlainText -Force

# Template slots anywhere in the value.
$slot1 = ConvertTo-SecureString '?<sas-token>' -AsPlainText -Force
$slot2 = ConvertTo-SecureString '{relay-password}' -AsPlainText -Force
$slot3 = ConvertTo-SecureString '%RELAY_PW%' -AsPlainText -Force

# Letters-only text that names a secret rather than being one.
$desc1 = ConvertTo-SecureString 'SampleRelayPassword' -AsPlainText -Force
$desc2 = ConvertTo-SecureString 'password' -AsPlainText -Force
$desc3 = ConvertTo-SecureString 'relaypasswordremoved' -AsPlainText -Force
