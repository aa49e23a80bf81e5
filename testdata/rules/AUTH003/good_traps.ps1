# expect-none: AUTH003
# Secret-named variables without a hard-coded secret, and hard-coded values whose name is not secret-like.

# Placeholders (length >= 6 so only the placeholder test keeps them out).
$smtpPassword = '<password>'
$relayPassword = 'changeme'
$ftpPassword = 'CHANGEME'
$backupPassword = 'xxxxxxxx'
$archivePassword = '********'
$deployToken = 'REPLACE_ME'
$shortPlaceholder = @{ Password = 'xxxxx'; Secret = '***'; Token = '' }

# Run-time sources.
$password = Get-Credential -Message 'Relay account'
$promptPassword = Read-Host -AsSecureString -Prompt 'Password'
$vaultSecret = Get-Secret -Name SmtpRelay -AsPlainText
$kvSecret = (Get-AzKeyVaultSecret -VaultName kv-mail -Name smtp-relay).SecretValue
$autoPassword = (Get-AutomationPSCredential -Name 'SmtpRelay').GetNetworkCredential().Password
$envPassword = $env:SMTP_PASSWORD
$hashFromEnv = @{ Password = $env:SMTP_PASSWORD; ClientSecret = $vaultSecret }
$testPassword = (New-Guid).Guid
$testToken = [guid]::NewGuid().ToString()

# Function parameters without a literal default, including [SecureString]-typed ones.
function Connect-Relay {
    param(
        [Parameter(Mandatory)][securestring]$Password,
        [string]$ApiToken
    )
    $Password.Length + $ApiToken.Length
}
Connect-Relay -Password $promptPassword -ApiToken $testToken
