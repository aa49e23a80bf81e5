# expect-none: HYB002
# The script turns on the dedicated-app feature with the setting override.
New-PartnerApplication -Name 'Exchange Online' -ApplicationIdentifier '00000002-0000-0ff1-ce00-000000000000' -Enabled $true
New-SettingOverride -Name 'EnableExchangeHybrid3PAppFeature' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters @('Enabled=true') -Reason 'Dedicated Exchange hybrid app'
Get-ExchangeDiagnosticInfo -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
