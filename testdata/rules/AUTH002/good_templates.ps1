# expect-none: AUTH002
# Credential objects built from values that are not secrets (corpus review, issue 4).

# Anonymous relay and anonymous FTP conventions.
$anonSecure = ConvertTo-SecureString -String 'anonymous' -AsPlainText -Force
$anonCred = New-Object System.Management.Automation.PSCredential('anonymous', $anonSecure)
function Get-FtpListing {
    param([string]$User = 'anonymous', [string]$FtpPassword = 'anonymous@example.com')
    $request = [System.Net.FtpWebRequest]::Create('ftp://ftp.example.com/')
    $request.Credentials = New-Object -TypeName System.Net.NetworkCredential -ArgumentList @($User, $FtpPassword)
}

# Prompts to fill in.
$smtpNc = New-Object Net.NetworkCredential('yourUsername', 'YourPassword')
$graphCred = [pscredential]::new('app-id', (ConvertTo-SecureString 'YOURCLIENTSECRET' -AsPlainText -Force))
$proxyNc = [System.Net.NetworkCredential]::new('svc-proxy', '<String: password>')

# A four-letter test value that is the name of the thing itself.
$testNc = [System.Net.NetworkCredential]::new('user', 'pass')
