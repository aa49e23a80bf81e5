Set-InboundConnector -Identity 'From on-prem' -RequireTls $false -ConnectorType OnPremises   # expect: EXO002
New-InboundConnector -Name 'Legacy app' -ConnectorType OnPremises -SenderDomains * -SenderIPAddresses 198.51.100.0/24 -TreatMessagesAsInternal $true   # expect: EXO002
