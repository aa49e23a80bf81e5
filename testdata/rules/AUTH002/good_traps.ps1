# expect-none: AUTH002
# Credential objects whose secret is not a hard-coded literal.
# (Template placeholders get a note: see bad_placeholders.ps1.)

# Anonymous relay idiom (D15) and other empty secrets. ($anon5 fails at run time: PowerShell
# does not bind an empty string to ConvertTo-SecureString -String. No secret either way.)
$anon1 = New-Object PSCredential('anonymous', (New-Object SecureString))
$anon2 = [pscredential]::new('anonymous', [securestring]::new())
$anon3 = [pscredential]::Empty
$anon4 = [System.Net.NetworkCredential]::new('anonymous', '')
$anon5 = New-Object System.Management.Automation.PSCredential('anonymous', (ConvertTo-SecureString '' -AsPlainText -Force))

# Interactive prompts.
$prompted = Get-Credential -Message 'SMTP relay account'
$promptSecure = Read-Host -AsSecureString -Prompt 'Relay password'
$promptCred = [pscredential]::new('svc@contoso.com', $promptSecure)

# Secret stores.
$vaultCred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', (Get-Secret -Name SmtpRelay))
$kvSecret = Get-AzKeyVaultSecret -VaultName kv-mail -Name smtp-relay
$kvCred = [pscredential]::new('svc@contoso.com', $kvSecret.SecretValue)
$autoCred = Get-AutomationPSCredential -Name 'SmtpRelay'
$autoNc = $autoCred.GetNetworkCredential()

# Environment variables.
$envSecure = ConvertTo-SecureString $env:SMTP_PASSWORD -AsPlainText -Force
$envCred = [pscredential]::new('svc@contoso.com', $envSecure)
$envNc = [System.Net.NetworkCredential]::new('svc@contoso.com', $env:SMTP_PASSWORD)

# Test values generated at run time.
$testCred = [pscredential]::new('test-user', (ConvertTo-SecureString (New-Guid).Guid -AsPlainText -Force))

# Function parameters.
function New-RelayCredential {
    param(
        [Parameter(Mandatory)][string]$UserName,
        [Parameter(Mandatory)][securestring]$Password
    )
    [pscredential]::new($UserName, $Password)
}
$paramCred = New-RelayCredential -UserName 'svc@contoso.com' -Password $promptSecure
