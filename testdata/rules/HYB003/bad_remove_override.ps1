# Removing the override that enables the dedicated hybrid app (warning).

# 1. by name
Remove-SettingOverride -Identity 'EnableExchangeHybrid3PAppFeature' -Confirm:$false   # expect: HYB003

# 2. positional identity, lower case
remove-settingoverride EnableExchangeHybrid3PAppFeature -confirm:$false   # expect: HYB003

# 3. pipeline filtered on the section name
Get-SettingOverride | Where-Object SectionName -eq 'ExchangeOnpremAsThirdPartyAppId' | Remove-SettingOverride -Confirm:$false   # expect: HYB003

# 4. pipeline with a script-block filter
Get-SettingOverride | Where-Object { $_.SectionName -eq 'ExchangeOnpremAsThirdPartyAppId' } | Remove-SettingOverride   # expect: HYB003
