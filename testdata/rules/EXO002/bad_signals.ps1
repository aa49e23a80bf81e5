# One finding per command; each command below carries at least one weakening signal.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

# RequireTls off, connector type not visible (warning)
Set-InboundConnector -Identity 'Fabrikam' -RequireTls:$false   # expect: EXO002

# CloudServicesMailEnabled set by hand
Set-InboundConnector -Identity 'Inbound from 6f1c2b3a-9d7e-4c1f-8a2b-3c4d5e6f7a8b' -CloudServicesMailEnabled $true   # expect: EXO002

# explicit RestrictDomainsToIPAddresses $false on a Partner connector for a specific domain
New-InboundConnector -Name 'Fabrikam IP' -ConnectorType Partner -SenderDomains fabrikam.com -SenderIPAddresses '198.51.100.7' -RestrictDomainsToIPAddresses $false -RequireTls $true   # expect: EXO002

# explicit RestrictDomainsToCertificate:$false on a Partner connector for specific domains
New-InboundConnector -Name 'Fabrikam cert' -ConnectorType Partner -SenderDomains 'fabrikam.com', '*.fabrikam.com' -TlsSenderCertificateName mail.fabrikam.com -RestrictDomainsToCertificate:$false   # expect: EXO002

# OnPremises identified by IP only (note)
New-InboundConnector -Name 'Copier' -ConnectorType OnPremises -SenderDomains contoso.com -SenderIPAddresses 203.0.113.25 -RequireTls $true   # expect: EXO002

# a /24 on a Partner connector (note)
New-InboundConnector -Name 'Partner range' -ConnectorType Partner -SenderDomains fabrikam.com -SenderIPAddresses '203.0.113.0/24' -RestrictDomainsToIPAddresses $true -RequireTls $true   # expect: EXO002

# a /24 inside an address list on Set-
Set-InboundConnector -Identity 'Partner gateway' -SenderIPAddresses '198.51.100.7', '203.0.113.0/24'   # expect: EXO002

# lower case
set-inboundconnector -identity 'Legacy ERP' -treatmessagesasinternal $true   # expect: EXO002

# every signal at once: still one finding (error, because RequireTls $false on OnPremises)
New-InboundConnector -Name 'Everything wrong' -ConnectorType OnPremises -SenderDomains * -SenderIPAddresses 198.51.100.0/24 -RequireTls $false -TreatMessagesAsInternal $true -CloudServicesMailEnabled $true   # expect: EXO002
