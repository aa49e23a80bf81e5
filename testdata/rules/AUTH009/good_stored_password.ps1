# expect-none: AUTH009
# Password files that are not DPAPI-protected by ConvertFrom-SecureString, DPAPI reads that
# never reach a credential, and password parameters fed from prompts and vaults.

# A key read at run time: not a literal key, and not DPAPI.
$aesKey = Get-Content -Path 'C:\secure\aes.key' -Encoding Byte
$keyed = Get-Content -Path 'C:\secure\relay.enc' | ConvertTo-SecureString -Key $aesKey
$c1 = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $keyed)

# From an environment variable or a vault, not from a file.
$fromEnv = ConvertTo-SecureString $env:RELAY_BLOB
$c2 = [pscredential]::new('svc@contoso.com', $fromEnv)
$c3 = [pscredential]::new('svc@contoso.com', (Get-Secret -Name SmtpRelay))

# Read but only checked, never used as a credential.
$check = Get-Content -Path 'C:\secure\relay.txt' | ConvertTo-SecureString
Write-Verbose "Stored password has $($check.Length) characters"

# Password parameters fed from a prompt.
$prompted = Get-Credential -Message 'Relay account'
Connect-RelayApi -User $prompted.UserName -Password $prompted.Password
Set-ContosoPolicy -PasswordPolicy (Import-Clixml -Path .\policy.xml)
