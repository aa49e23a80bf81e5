New-InboundConnector -Name 'Printers' -ConnectorType OnPremises -SenderDomains * -SenderIPAddresses 203.0.113.10 -RequireTls $true   # expect: EXO001
