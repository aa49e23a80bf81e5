# Steps that look like the dedicated-app configuration but are not:
# an Auth Server pointing at the SHARED appId, and a setting override with Enabled=false.
Set-AuthServer -Identity 'EvoSTS - 6f1c2b3a-9d7e-4c1f-8a2b-3c4d5e6f7a8b' -ApplicationIdentifier '00000002-0000-0ff1-ce00-000000000000'
New-SettingOverride -Name 'EnableExchangeHybrid3PAppFeature' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters @('Enabled=false') -Reason 'rollback'

Get-PartnerApplication | Where-Object ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' | Set-PartnerApplication -Enabled $true   # expect: HYB002
