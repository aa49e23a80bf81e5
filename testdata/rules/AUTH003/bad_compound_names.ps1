# AUTH003: names the catalog's word split misses, and human passwords without digits.

# Lower-case compound names ending in a secret word (no camelCase boundary to split at).
$adminpassword = 'Heron-Quartz!55'   # expect: AUTH003
$smtppwd = 'Lantern-Moss#27'   # expect: AUTH003
$graphappsecret = 'Tq9~Cedar.Finch-204'   # expect: AUTH003

# "secret key" as the last two words (AWS-style credentials).
$awsSecretKey = 'wJalrFIXTUREfakeKEY7EXAMPLE'   # expect: AUTH003
Set-AWSCredential -AccessKey 'AKIAFIXTURE0000TEST' -SecretKey 'Fixture+Secret/Key9'   # expect: AUTH003

# Passwords people choose are often letters only: the digit test is for machine secrets.
$relayPassword = 'Welcome'   # expect: AUTH003
$ftpPass = 'Sunshine-Harbor'   # expect: AUTH003
