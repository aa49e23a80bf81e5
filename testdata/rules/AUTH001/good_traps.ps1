# expect-none: AUTH001
# Empty strings and run-time sources: none of these is a hard-coded secret.
# (Template placeholders get a note: see bad_placeholders.ps1.)

# Empty strings. PowerShell refuses them (-String is mandatory and does not allow an empty
# string: "Cannot bind argument to parameter 'String' because it is an empty string"); the
# anonymous relay idiom is New-Object SecureString. Either way there is no secret.
$anonDq = ConvertTo-SecureString "" -AsPlainText -Force

# Interactive prompts.
$promptCred = Get-Credential -UserName 'svc@contoso.com' -Message 'SMTP relay'
$promptSecure = Read-Host -AsSecureString -Prompt 'Relay password'
$promptPlain = Read-Host -Prompt 'Relay password'
$promptConverted = ConvertTo-SecureString $promptPlain -AsPlainText -Force

# Secret stores.
$vaultPlain = Get-Secret -Name SmtpRelay -AsPlainText
$vaultSecure = ConvertTo-SecureString $vaultPlain -AsPlainText -Force
$kvPlain = Get-AzKeyVaultSecret -VaultName kv-mail -Name smtp-relay -AsPlainText
$kvSecure = ConvertTo-SecureString $kvPlain -AsPlainText -Force
$autoCred = Get-AutomationPSCredential -Name 'SmtpRelay'
$autoSecure = ConvertTo-SecureString ($autoCred.GetNetworkCredential().Password) -AsPlainText -Force

# Environment variables (a note only when reportNonLiteralPlainText is on; off by default).
$envSecure = ConvertTo-SecureString $env:SMTP_PASSWORD -AsPlainText -Force
$envPiped = $env:SMTP_PASSWORD | ConvertTo-SecureString -AsPlainText -Force

# Test values generated at run time.
$testSecure = ConvertTo-SecureString (New-Guid).Guid -AsPlainText -Force
$guidText = [guid]::NewGuid().ToString()
$testSecure2 = ConvertTo-SecureString $guidText -AsPlainText -Force

# Function parameters without a literal default.
function ConvertTo-RelaySecret {
    param([Parameter(Mandatory)][string]$RelayPlain)
    ConvertTo-SecureString $RelayPlain -AsPlainText -Force
}
ConvertTo-RelaySecret -RelayPlain $promptPlain
