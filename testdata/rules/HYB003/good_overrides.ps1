# expect-none: HYB003
# Enabling the feature, other overrides with Enabled=false, and read-only checks.
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction SilentlyContinue

# enabling, in several spellings
New-SettingOverride -Name 'EnableExchangeHybrid3PAppFeature' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters 'Enabled=True' -Reason 'dedicated app'
$on = @{ Name = 'HybridAppOn'; Component = 'Global'; Section = 'ExchangeOnpremAsThirdPartyAppId'; Parameters = @('enabled = true'); Reason = 'dedicated app' }
New-SettingOverride @on
Set-SettingOverride -Identity 'EnableExchangeHybrid3PAppFeature' -Parameters @('Enabled=true') -Reason 're-enabled'

# other sections with Enabled=false
New-SettingOverride -Name 'DisableSigning' -Component Data -Section EnableSerializationDataSigning -Parameters @('Enabled=false') -Reason 'troubleshooting'
New-SettingOverride -Name 'OtherFeatureOff' -Component Global -Section SomeOtherSection -Parameters @('Enabled=false') -Reason 'test'

# removing other overrides
Remove-SettingOverride -Identity 'DisableSigning' -Confirm:$false
Get-SettingOverride | Where-Object SectionName -eq 'EnableSerializationDataSigning' | Remove-SettingOverride -Confirm:$false

# read-only
Get-SettingOverride | Where-Object SectionName -eq 'ExchangeOnpremAsThirdPartyAppId' | Format-List Name, Parameters, Server
Get-ExchangeDiagnosticInfo -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
.\HealthChecker.ps1 -Server 'EX01'

# text only
Write-Warning "Never set Enabled=false for ExchangeOnpremAsThirdPartyAppId."
# New-SettingOverride -Name 'Off' -Component Global -Section ExchangeOnpremAsThirdPartyAppId -Parameters @('Enabled=false') -Reason 'x'
<#
Remove-SettingOverride -Identity EnableExchangeHybrid3PAppFeature
#>
