# AUTH006: -Credential on Connect-ExchangeOnline / Connect-IPPSSession is the ROPC flow,
# wherever the credential comes from (prompt, Automation asset, secret store).

# Get-Credential does not make it interactive modern auth: the password still goes through ROPC.
Connect-ExchangeOnline -Credential (Get-Credential) -ShowBanner:$false   # expect: AUTH006

# Azure Automation credential asset.
$runbookCred = Get-AutomationPSCredential -Name 'ExoAdmin'
Connect-ExchangeOnline -Credential $runbookCred -Organization contoso.onmicrosoft.com   # expect: AUTH006

# Secret store.
$vaultCred = [pscredential]::new('admin@contoso.com', (Get-Secret -Name ExoAdmin))
Connect-IPPSSession -Credential $vaultCred   # expect: AUTH006

# -Name:value form.
Connect-ExchangeOnline -Credential:$vaultCred -ShowProgress $false   # expect: AUTH006

# Splatted, key present at creation and key added later.
$exoArgs = @{ Credential = $runbookCred; ShowBanner = $false }
Connect-ExchangeOnline @exoArgs   # expect: AUTH006

$ippsArgs = @{ UserPrincipalName = 'admin@contoso.com' }
$ippsArgs.Credential = $vaultCred
Connect-IPPSSession @ippsArgs   # expect: AUTH006

# Backtick continuation.
# expect-next-line: AUTH006
Connect-ExchangeOnline `
    -Credential $runbookCred `
    -ShowBanner:$false

# Inside a function (reported even if the function were never called).
function Connect-Tenant {
    param([pscredential]$AdminCredential)
    Connect-ExchangeOnline -Credential $AdminCredential -ShowBanner:$false   # expect: AUTH006
}
Connect-Tenant -AdminCredential $runbookCred
