# expect-none: EXO002
# SenderDomains that stand for every domain, written as an address space ('smtp:*;1'), as
# gateway set-up modules do: RestrictDomainsToIPAddresses $false is then not a weakening.
New-InboundConnector -Name 'Gateway inline' -ConnectorType Partner -SenderDomains 'smtp:*;1' -SenderIPAddresses '198.51.100.7' -RestrictDomainsToIPAddresses $false -TlsSenderCertificateName 'gw.example.com' -RequireTls $true
$inline = @{ Name = 'Gateway splat'; ConnectorType = 'Partner'; SenderDomains = 'SMTP:*;1'; RestrictDomainsToIPAddresses = $false; RequireTls = $true }
New-InboundConnector @inline
# RestrictDomainsTo… $false with sender domains that are not known statically
Set-InboundConnector -Identity 'Gateway' -ConnectorType Partner -RestrictDomainsToIPAddresses $false
