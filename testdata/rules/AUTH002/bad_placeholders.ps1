# AUTH002 (note): credentials built from template placeholders. A template that asks for the
# password to be typed into the script is the hard-coded-credential design itself: the
# deployed copy holds the real one. TestFixtureLevels checks the level.

# Prompts to fill in.
$smtpNc = New-Object Net.NetworkCredential('yourUsername', 'YourPassword')   # expect: AUTH002
$graphCred = [pscredential]::new('app-id', (ConvertTo-SecureString 'YOURCLIENTSECRET' -AsPlainText -Force))   # expect: AUTH002
$proxyNc = [System.Net.NetworkCredential]::new('svc-proxy', '<String: password>')   # expect: AUTH002

# A four-letter test value that is the name of the thing itself.
$testNc = [System.Net.NetworkCredential]::new('user', 'pass')   # expect: AUTH002

# Placeholders.
$ph1 = New-Object System.Management.Automation.PSCredential('svc@contoso.com', (ConvertTo-SecureString '<password>' -AsPlainText -Force))   # expect: AUTH002
$ph2 = [Net.NetworkCredential]::new('svc@contoso.com', 'changeme')   # expect: AUTH002
$ph3 = [Net.NetworkCredential]::new('svc@contoso.com', 'xxxxx')   # expect: AUTH002
$ph4 = [Net.NetworkCredential]::new('svc@contoso.com', '***')   # expect: AUTH002


# A template value in a variable, feeding a NetworkCredential (issue 16).
$smtpServer = 'smtp.contoso.com'
$smtpUser = 'reports@contoso.com'
$smtpPassword = "myPassword"
$smtpCredential = New-Object System.Net.NetworkCredential($smtpUser, $smtpPassword)   # expect: AUTH002
$client = New-Object System.Net.Mail.SmtpClient($smtpServer, 587)
$client.Credentials = $smtpCredential
