# AUTH001 (note): template placeholders converted with -AsPlainText. The script expects the
# real password to be pasted in place of the placeholder, so the deployed copy holds it in
# clear text: a note, not silence (catalog AUTH001). TestFixtureLevels checks the level.

# Prompts to fill in and upper-case names of the value.
$fillIn1 = ConvertTo-SecureString 'yourSmtpPassword' -AsPlainText -Force   # expect: AUTH001
$fillIn2 = ConvertTo-SecureString 'ENTER-RELAY-PASSWORD' -AsPlainText -Force   # expect: AUTH001
$fillIn3 = ConvertTo-SecureString 'RELAYPASSWORD' -AsPlainText -Force   # expect: AUTH001
$fillIn4 = ConvertTo-SecureString 'CHANGE_ME' -AsPlainText -Force   # expect: AUTH001

# Template slots anywhere in the value.
$slot1 = ConvertTo-SecureString '?<sas-token>' -AsPlainText -Force   # expect: AUTH001
$slot2 = ConvertTo-SecureString '{relay-password}' -AsPlainText -Force   # expect: AUTH001
$slot3 = ConvertTo-SecureString '%RELAY_PW%' -AsPlainText -Force   # expect: AUTH001

# Letters-only text that names a secret rather than being one.
$desc1 = ConvertTo-SecureString 'SampleRelayPassword' -AsPlainText -Force   # expect: AUTH001
$desc3 = ConvertTo-SecureString 'relaypasswordremoved' -AsPlainText -Force   # expect: AUTH001

# Placeholders: ^(<.*>|\*+|x+|REPLACE_?ME|TODO|CHANGEME)$, compared case-insensitively.
$ph1 = ConvertTo-SecureString '<password>' -AsPlainText -Force   # expect: AUTH001
$ph2 = ConvertTo-SecureString 'changeme' -AsPlainText -Force   # expect: AUTH001
$ph3 = ConvertTo-SecureString 'CHANGEME' -AsPlainText -Force   # expect: AUTH001
$ph4 = ConvertTo-SecureString 'xxxxx' -AsPlainText -Force   # expect: AUTH001
$ph5 = ConvertTo-SecureString '***' -AsPlainText -Force   # expect: AUTH001
$ph6 = ConvertTo-SecureString '********' -AsPlainText -Force   # expect: AUTH001
$ph7 = ConvertTo-SecureString 'REPLACE_ME' -AsPlainText -Force   # expect: AUTH001
$ph8 = ConvertTo-SecureString 'TODO' -AsPlainText -Force   # expect: AUTH001
$placeholderPlain = '<your-smtp-password>'
$ph9 = ConvertTo-SecureString $placeholderPlain -AsPlainText -Force   # expect: AUTH001

