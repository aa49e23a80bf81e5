# expect-none: AUTH002
# Credential objects built from values that carry no secret (corpus review, issue 4).
# Template placeholders get a note: see bad_placeholders.ps1.

# Anonymous relay and anonymous FTP conventions.
$anonSecure = ConvertTo-SecureString -String 'anonymous' -AsPlainText -Force
$anonCred = New-Object System.Management.Automation.PSCredential('anonymous', $anonSecure)
function Get-FtpListing {
    param([string]$User = 'anonymous', [string]$FtpPassword = 'anonymous@example.com')
    $request = [System.Net.FtpWebRequest]::Create('ftp://ftp.example.com/')
    $request.Credentials = New-Object -TypeName System.Net.NetworkCredential -ArgumentList @($User, $FtpPassword)
}
