# Exchange Management Shell: legacy OAuth trust to the shared "Office 365 Exchange Online" principal,
# with no dedicated-app step anywhere in the script.
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction SilentlyContinue

New-AuthServer -Name 'WindowsAzureACS' -AuthMetadataUrl 'https://accounts.accesscontrol.windows.net/contoso.onmicrosoft.com/metadata/json/1'
New-AuthServer -Name 'evoSTS' -Type AzureAD -AuthMetadataUrl 'https://login.windows.net/contoso.onmicrosoft.com/federationmetadata/2007-06/federationmetadata.xml'

# 1. simplified Where-Object syntax, alias-free
Get-PartnerApplication | Where-Object ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' | Set-PartnerApplication -Enabled $true   # expect: HYB002

# 2. ? alias and double quotes
Get-PartnerApplication | ? { $_.ApplicationIdentifier -eq "00000002-0000-0ff1-ce00-000000000000" } | Set-PartnerApplication -Enabled:$true   # expect: HYB002

# 3. New-PartnerApplication with the appId as a bare word
New-PartnerApplication -Name 'Exchange Online' -ApplicationIdentifier 00000002-0000-0ff1-ce00-000000000000 -Enabled $true   # expect: HYB002

# 4. Set-PartnerApplication, upper-case appId
Set-PartnerApplication -Identity 'Exchange Online' -ApplicationIdentifier '00000002-0000-0FF1-CE00-000000000000' -Enabled $true   # expect: HYB002

# 5. appId in a variable, lower-case cmdlet
$exoAppId = '00000002-0000-0ff1-ce00-000000000000'
set-partnerapplication -identity 'Exchange Online' -applicationidentifier $exoAppId   # expect: HYB002

# 6. splat
$partner = @{
    Name                  = 'Exchange Online (rebuilt)'
    ApplicationIdentifier = '00000002-0000-0ff1-ce00-000000000000'
    Enabled               = $true
}
New-PartnerApplication @partner   # expect: HYB002

# 7. backtick-continued command
# expect-next-line: HYB002
Set-PartnerApplication -Identity 'Exchange Online' `
    -ApplicationIdentifier '00000002-0000-0ff1-ce00-000000000000' `
    -Enabled $true

Test-OAuthConnectivity -Service EWS -TargetUri 'https://outlook.office365.com/ews/exchange.asmx' -Mailbox 'admin@contoso.com' -Verbose
