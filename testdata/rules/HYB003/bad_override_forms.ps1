# The dedicated-app override selected in further ways.

# 1. held in a variable, identity taken from it
$override = Get-SettingOverride | Where-Object { $_.SectionName -eq 'ExchangeOnpremAsThirdPartyAppId' }
Set-SettingOverride -Identity $override.Identity -Parameters @('Enabled=false') -Reason 'rollback'   # expect: HYB003

# 2. Get-SettingOverride by name, piped
Get-SettingOverride -Identity EnableExchangeHybrid3PAppFeature | Remove-SettingOverride -Confirm:$false   # expect: HYB003

# 3. section name in a variable
$section = 'ExchangeOnpremAsThirdPartyAppId'
New-SettingOverride -Name 'Off' -Component Global -Section $section -Parameters 'Enabled=false' -Reason 'test'   # expect: HYB003

# 4. noun prefix from Import-PSSession
Import-PSSession -Session $exchangeSession -Prefix OnPrem -AllowClobber
Remove-OnPremSettingOverride -Identity 'EnableExchangeHybrid3PAppFeature' -Confirm:$false   # expect: HYB003
