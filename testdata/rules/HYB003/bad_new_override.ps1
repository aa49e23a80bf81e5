# New-SettingOverride that turns the dedicated hybrid app feature off, in various spellings.
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction SilentlyContinue

# 1. single string instead of an array, capitalised value
New-SettingOverride -Name 'HybridAppOff1' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters 'Enabled=False' -Reason 'test'   # expect: HYB003

# 2. spaces around '=' and lower case everywhere
new-settingoverride -name 'HybridAppOff2' -component global -section exchangeonpremasthirdpartyappid -parameters @("enabled = false") -reason 'test'   # expect: HYB003

# 3. -Param:value forms, quoted section
New-SettingOverride -Name:'HybridAppOff3' -Component:Global -Section:'ExchangeOnpremAsThirdPartyAppId' -Parameters:@('Enabled=false') -Reason:'test'   # expect: HYB003

# 4. parameters from a variable
$overrideParameters = @('Enabled=false')
New-SettingOverride -Name 'HybridAppOff4' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters $overrideParameters -Reason 'test'   # expect: HYB003

# 5. splat
$override = @{
    Name       = 'HybridAppOff5'
    Component  = 'Global'
    Section    = 'ExchangeOnpremAsThirdPartyAppId'
    Parameters = @('Enabled=false')
    Reason     = 'EWS issues after the HU'
}
New-SettingOverride @override   # expect: HYB003

# 6. backtick-continued command, limited to one server
# expect-next-line: HYB003
New-SettingOverride -Name 'HybridAppOff6' `
    -Component Global `
    -Section ExchangeOnpremAsThirdPartyAppId `
    -Parameters @('Enabled=false') `
    -Server 'EX01' `
    -Reason 'test'
