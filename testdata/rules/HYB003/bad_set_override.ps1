# Set-SettingOverride has no -Section parameter; the override is identified by name or by pipeline input.

# 1. by the name the HCW / ConfigureExchangeHybridApplication.ps1 gives the override
Set-SettingOverride -Identity 'EnableExchangeHybrid3PAppFeature' -Parameters @('Enabled=false') -Reason 'rollback'   # expect: HYB003

# 2. pipeline filtered on the section name
Get-SettingOverride | Where-Object SectionName -eq 'ExchangeOnpremAsThirdPartyAppId' | Set-SettingOverride -Parameters @('Enabled=False')   # expect: HYB003
