# expect-none: AUTH009
# Keys that are not literals, DPAPI without a key, and Clixml that holds no credential.

$encrypted = Get-Content -Path 'C:\secure\relay.enc'

# Key read from a file or a vault at run time.
$fileKey = Get-Content -Path 'C:\secure\aes.key'
$s1 = ConvertTo-SecureString $encrypted -Key $fileKey
[byte[]]$bytesKey = [System.IO.File]::ReadAllBytes('C:\secure\aes.bin')
$s2 = ConvertTo-SecureString $encrypted -Key $bytesKey
$vaultKey = [Convert]::FromBase64String((Get-Secret -Name RelayAesKey -AsPlainText))
$s3 = ConvertTo-SecureString $encrypted -Key $vaultKey
$kvKey = [Convert]::FromBase64String((Get-AzKeyVaultSecret -VaultName kv-mail -Name relay-aes -AsPlainText))
$s4 = ConvertTo-SecureString $encrypted -Key $kvKey

$envKey = [Convert]::FromBase64String($env:RELAY_AES_KEY)
$s4b = ConvertTo-SecureString $encrypted -Key $envKey

# Random key generated at run time.
$randomKey = New-Object byte[] 32
[System.Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($randomKey)
$s5 = Read-Host -AsSecureString | ConvertFrom-SecureString -Key $randomKey

# SecureKey from a prompt.
$s6 = ConvertTo-SecureString $encrypted -SecureKey (Read-Host -AsSecureString -Prompt 'Key')

# Key from a function parameter.
function Unprotect-Relay {
    param([byte[]]$Key, [string]$Blob)
    ConvertTo-SecureString $Blob -Key $Key
}

# DPAPI without a key.
$s7 = Read-Host -AsSecureString | ConvertFrom-SecureString
$s8 = ConvertTo-SecureString $encrypted

# Clixml that is not a credential, and credentials that never touch Clixml.
Get-Process | Export-Clixml -Path .\processes.xml
$settings = Import-Clixml -Path .\settings.xml
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer $settings.SmtpServer -UseSsl
$automationCred = Get-AutomationPSCredential -Name 'SmtpRelay'
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer mail.contoso.com -UseSsl -Credential $automationCred
$vaultCred = [pscredential]::new('svc@contoso.com', (Get-Secret -Name SmtpRelay))
Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com

# Mentions in comments and strings.
# $k = (1..16); ConvertTo-SecureString $x -Key $k
Write-Verbose 'Do not use ConvertTo-SecureString -Key (1..16).'
