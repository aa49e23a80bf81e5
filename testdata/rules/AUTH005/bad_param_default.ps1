# AUTH005: a connection helper whose ConnectionUri parameter defaults to the retired
# Exchange Online RPS endpoint (the caller may override it, but by default it is RPS).
function Connect-TenantExchange {
    param(
        [string]$ConnectionUri = 'https://ps.outlook.com/powershell/',
        [pscredential]$Credential
    )
    $sessionArgs = @{
        ConnectionUri     = $ConnectionUri
        ConfigurationName = 'microsoft.exchange'
        Authentication    = 'Basic'
        AllowRedirection  = $true
        Credential        = $Credential
    }
    Import-PSSession -Session (New-PSSession @sessionArgs -ErrorAction Stop)   # expect: AUTH005
}

function Connect-Compliance {
    param([string]$Uri = 'https://ps.compliance.protection.outlook.com/powershell-liveid/', $Cred)
    New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $Uri -Credential $Cred -Authentication Basic -AllowRedirection   # expect: AUTH005
}
