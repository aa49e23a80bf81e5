# expect-none: EXO004
# Outbound connectors that validate certificates, keep MTA-STS/DANE, and route only specific domains.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

New-OutboundConnector -Name 'Fabrikam smart host' -ConnectorType Partner -RecipientDomains fabrikam.com -UseMXRecord $false -SmartHosts 'relay.fabrikam.com' -TlsSettings DomainValidation -TlsDomain 'relay.fabrikam.com'
New-OutboundConnector -Name 'Fabrikam chain' -ConnectorType Partner -RecipientDomains '*.fabrikam.com' -UseMXRecord $false -SmartHosts 'relay.fabrikam.com' -TlsSettings:CertificateValidation
Set-OutboundConnector -Identity 'Fabrikam MX' -MtaStsMode Opportunistic -SmtpDaneMode Mandatory
set-outboundconnector -identity 'fabrikam mx' -tlssettings domainvalidation -tlsdomain 'mx.fabrikam.com'

# safe values from variables and splats
$tls = 'DomainValidation'
Set-OutboundConnector -Identity 'Variable form' -TlsSettings $tls -TlsDomain 'mx.example.com'
$strict = @{ Identity = 'To Tailspin'; TlsSettings = 'CertificateValidation'; SmtpDaneMode = 'Opportunistic' }
Set-OutboundConnector @strict

# Partner connector that uses MX records (no smart host)
New-OutboundConnector -Name 'Fabrikam via MX' -ConnectorType Partner -RecipientDomains fabrikam.com -UseMXRecord $true

# '*' recipient domains but delivered by MX: no reroute
New-OutboundConnector -Name 'All via MX with TLS' -ConnectorType Partner -RecipientDomains * -UseMXRecord $true -TlsSettings CertificateValidation

# subdomain wildcard is not a catch-all
New-OutboundConnector -Name 'Fabrikam subdomains' -ConnectorType Partner -RecipientDomains '*.fabrikam.com' -UseMXRecord $false -SmartHosts 'relay.fabrikam.com' -TlsSettings DomainValidation -TlsDomain 'relay.fabrikam.com'

# hybrid connector to the on-premises organization
New-OutboundConnector -Name 'To on-premises' -ConnectorType OnPremises -RecipientDomains contoso.com -UseMXRecord $false -SmartHosts 'mail.contoso.com' -TlsSettings DomainValidation -TlsDomain 'mail.contoso.com'

# disabling or removing a weak connector
Set-OutboundConnector -Identity 'Legacy relay' -Enabled $false
Remove-OutboundConnector -Identity 'Old relay' -Confirm:$false
