# expect-none: EXO002
# Connectors configured with TLS, certificates and narrow addresses.
New-InboundConnector -Name 'Relay both' -ConnectorType OnPremises -SenderDomains contoso.com -SenderIPAddresses '203.0.113.25' -TlsSenderCertificateName 'relay.contoso.com' -RestrictDomainsToCertificate $true -RequireTls $true
New-InboundConnector -Name 'Fabrikam narrow' -ConnectorType Partner -SenderDomains fabrikam.com -SenderIPAddresses '198.51.100.0/25', '198.51.100.200/32' -RestrictDomainsToIPAddresses $true -RequireTls:$true
New-InboundConnector -Name 'Fabrikam plain' -ConnectorType Partner -SenderDomains fabrikam.com -SenderIPAddresses 198.51.100.9

# turning protections on, or the weakening switches off
Set-InboundConnector -Identity 'From on-prem' -RequireTls $true
Set-InboundConnector -Identity 'Legacy ERP' -TreatMessagesAsInternal $false
Set-InboundConnector -Identity 'Manual hybrid' -CloudServicesMailEnabled $false
set-inboundconnector -identity 'Fabrikam' -restrictdomainstocertificate $true

# variables and splats carrying safe values
$requireTls = $true
Set-InboundConnector -Identity 'Scanner relay' -RequireTls $requireTls
$safe = @{ Identity = 'Copier'; RequireTls = $true; TlsSenderCertificateName = 'copier.contoso.com'; RestrictDomainsToCertificate = $true }
Set-InboundConnector @safe

# Partner connector that accepts any sender domain: turning RestrictDomainsToIPAddresses on would reject
# every message not coming from the listed IPs, so the explicit $false is not reported here
New-InboundConnector -Name 'Gateway any domain' -ConnectorType Partner -SenderDomains * -SenderIPAddresses '198.51.100.7' -RestrictDomainsToIPAddresses $false -RequireTls $true

# fixing everything found by an inventory
Get-InboundConnector | Where-Object { -not $_.RequireTls } | Set-InboundConnector -RequireTls $true
