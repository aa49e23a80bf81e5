# Catch-all reroutes and smart hosts without certificate checks.

# 1. all recipients to one smart host, even with DomainValidation: review (possible mail siphoning)
New-OutboundConnector -Name 'All via gateway' -ConnectorType Partner -RecipientDomains * -UseMXRecord $false -SmartHosts 'gw.contoso.com' -TlsSettings DomainValidation -TlsDomain 'gw.contoso.com'   # expect: EXO004

# 2. catch-all on Set-, '*' inside a list, IP smart host
Set-OutboundConnector -Identity 'Gateway' -RecipientDomains 'contoso.net', '*' -UseMXRecord:$false -SmartHosts '203.0.113.40' -TlsSettings CertificateValidation   # expect: EXO004

# 3. catch-all from a splat
$reroute = @{
    Name             = 'Archive tap'
    ConnectorType    = 'Partner'
    RecipientDomains = '*'
    UseMXRecord      = $false
    SmartHosts       = 'archive.example.com'
    TlsSettings      = 'DomainValidation'
    TlsDomain        = 'archive.example.com'
}
New-OutboundConnector @reroute   # expect: EXO004

# 4. Partner connector to a smart host with no TlsSettings: opportunistic TLS only (note)
New-OutboundConnector -Name 'To Fabrikam relay' -ConnectorType Partner -RecipientDomains fabrikam.com -UseMXRecord $false -SmartHosts 'relay.fabrikam.com'   # expect: EXO004

# 5. same, Partner smart host in a function
function New-PartnerRoute {
    param([string]$Domain, [string]$SmartHost)
    New-OutboundConnector -Name "To $Domain" -ConnectorType Partner -RecipientDomains $Domain -UseMXRecord $false -SmartHosts $SmartHost   # expect: EXO004
}
