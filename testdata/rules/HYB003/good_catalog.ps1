# expect-none: HYB003
New-SettingOverride -Name 'EnableExchangeHybrid3PAppFeature' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters @('Enabled=true') -Reason 'dedicated app'
