New-SettingOverride -Name 'DisableHybridApp' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters @('Enabled=false') -Reason 'rollback'   # expect: HYB003
