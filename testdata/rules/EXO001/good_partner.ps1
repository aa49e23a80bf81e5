# expect-none: EXO001
# Partner connectors, in the same forms that trigger the rule for OnPremises.
New-InboundConnector -Name 'Fabrikam' -ConnectorType Partner -SenderDomains fabrikam.com -TlsSenderCertificateName 'mail.fabrikam.com' -RestrictDomainsToCertificate $true
new-inboundconnector -name 'Fabrikam lower' -connectortype partner -senderdomains fabrikam.com -tlssendercertificatename mail.fabrikam.com
New-InboundConnector -Name 'Fabrikam colon' -ConnectorType:Partner -SenderDomains 'fabrikam.com'

$type = 'Partner'
New-InboundConnector -Name 'Fabrikam variable' -ConnectorType $type -SenderDomains fabrikam.com

$partner = @{ Name = 'Fabrikam splat'; ConnectorType = 'Partner'; SenderDomains = 'fabrikam.com'; RequireTls = $true }
New-InboundConnector @partner

# converting an OnPremises connector back to Partner
Set-InboundConnector -Identity 'Old relay' -ConnectorType Partner
Get-InboundConnector -Identity 'Old relay 2' | Set-InboundConnector -ConnectorType Partner

# Set- without -ConnectorType: the type is not changed by this command
Set-InboundConnector -Identity 'Inbound from 6f1c2b3a-9d7e-4c1f-8a2b-3c4d5e6f7a8b' -Comment 'OnPremises connector built by HCW, reviewed 2025-09'
Set-InboundConnector -Identity 'Existing relay' -TlsSenderCertificateName 'relay.contoso.com' -RestrictDomainsToCertificate $true

# the outbound side is not this rule
New-OutboundConnector -Name 'To on-premises' -ConnectorType OnPremises -RecipientDomains contoso.com -SmartHosts mail.contoso.com -TlsSettings DomainValidation -TlsDomain mail.contoso.com -UseMXRecord $false
