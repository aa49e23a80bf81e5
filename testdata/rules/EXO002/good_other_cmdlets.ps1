# expect-none: EXO002
# Same parameter names on other cmdlets, and text that only mentions them.

# on-premises Exchange receive connector, not an Exchange Online inbound connector
Set-ReceiveConnector -Identity 'EX01\Relay 203.0.113.0' -RequireTLS $false -RemoteIPRanges '203.0.113.0/24'

# reading the settings
Get-InboundConnector | Where-Object { $_.RequireTls -eq $false -or $_.TreatMessagesAsInternal } |
    Select-Object Name, ConnectorType, RequireTls, TreatMessagesAsInternal, CloudServicesMailEnabled

# comments and strings
# Set-InboundConnector -Identity 'From on-prem' -RequireTls $false
Write-Output "Never run: Set-InboundConnector -TreatMessagesAsInternal `$true"
<#
New-InboundConnector -Name 'X' -ConnectorType OnPremises -SenderIPAddresses 198.51.100.0/24 -RequireTls $false
#>
