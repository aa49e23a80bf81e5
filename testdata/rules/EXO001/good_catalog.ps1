# expect-none: EXO001
New-InboundConnector -Name 'Fabrikam partner' -ConnectorType Partner -SenderDomains fabrikam.com -RequireTls $true -TlsSenderCertificateName mail.fabrikam.com -RestrictDomainsToCertificate $true
Get-InboundConnector | Where-Object ConnectorType -eq 'OnPremises'
