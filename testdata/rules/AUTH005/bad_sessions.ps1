# AUTH005: Remote PowerShell sessions to Exchange Online endpoints, with or without
# -Authentication Basic. The result is on the New-PSSession command.

$exoCred = Get-Credential -Message 'Exchange Online admin'

# Without -Authentication Basic: still the retired RPS endpoint.
$s1 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $exoCred   # expect: AUTH005

# Older endpoint name, URI kept in a variable, configuration name in another case.
$legacyUri = 'https://ps.outlook.com/powershell/'
$s2 = New-PSSession -ConfigurationName 'microsoft.exchange' -ConnectionUri $legacyUri -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005

# Delegated (partner) access with a query string.
$s3 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://outlook.office365.com/powershell-liveid/?DelegatedOrg=fabrikam.onmicrosoft.com' -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005

# -Uri is an alias of -ConnectionUri.
$s4 = New-PSSession -ConfigurationName Microsoft.Exchange -Uri https://outlook.office365.com/PowerShell-LiveID -Credential $exoCred -Authentication Basic   # expect: AUTH005

# Security & Compliance endpoints, global and regional.
$s5 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005
$s6 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://nam04b.ps.compliance.protection.outlook.com/powershell-liveid -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005

# National and government clouds.
$s7 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.us/powershell-liveid/ -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005
$s8 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://webmail.apps.mil/powershell-liveid -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005
$s9 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office.de/powershell-liveid/ -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005
$s10 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://partner.outlook.cn/PowerShell -Credential $exoCred -Authentication Basic -AllowRedirection   # expect: AUTH005

# Splatted parameters.
$rpsArgs = @{
    ConfigurationName = 'Microsoft.Exchange'
    ConnectionUri     = 'https://outlook.office365.com/powershell-liveid/'
    Credential        = $exoCred
    Authentication    = 'Basic'
    AllowRedirection  = $true
}
$s11 = New-PSSession @rpsArgs   # expect: AUTH005
Import-PSSession $s11 -DisableNameChecking -AllowClobber

# Backtick continuation.
# expect-next-line: AUTH005
$s12 = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
    -Credential $exoCred -Authentication Basic -AllowRedirection
