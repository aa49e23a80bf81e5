# A local alias for the cmdlet still reaches it.
Set-Alias -Name nic -Value New-InboundConnector
nic -Name 'Aliased' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'relay.contoso.com'   # expect: EXO001
ExchangeOnlineManagement\New-InboundConnector -Name 'Qualified' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'relay.contoso.com'   # expect: EXO001
