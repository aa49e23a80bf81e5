# expect-none: EXO002
New-InboundConnector -Name 'Relay' -ConnectorType OnPremises -SenderDomains * -TlsSenderCertificateName relay.contoso.com -RestrictDomainsToCertificate $true -RequireTls $true
