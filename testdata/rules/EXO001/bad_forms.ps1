# OnPremises inbound connectors created or converted in every syntactic form.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

# 1. Set- converting an existing Partner connector
Set-InboundConnector -Identity 'Legacy relay' -ConnectorType OnPremises   # expect: EXO001

# 2. lower case cmdlet, parameter and value
new-inboundconnector -name 'Scanners' -connectortype onpremises -senderdomains contoso.com -tlssendercertificatename relay.contoso.com -requiretls $true   # expect: EXO001

# 3. -Param:value form, upper-case value
New-InboundConnector -Name 'Copiers' -ConnectorType:ONPREMISES -SenderDomains 'contoso.com' -SenderIPAddresses '198.51.100.25'   # expect: EXO001

# 4. double-quoted value, positional -Name
New-InboundConnector "App relay" -ConnectorType "OnPremises" -SenderDomains contoso.com -TlsSenderCertificateName 'relay.contoso.com'   # expect: EXO001

# 5. value held in a variable
$type = 'OnPremises'
New-InboundConnector -Name 'Line-of-business app' -ConnectorType $type -SenderDomains fabrikam.com -TlsSenderCertificateName 'lob.fabrikam.com'   # expect: EXO001

# 6. hashtable splat
$connector = @{
    Name                         = 'From datacenter'
    ConnectorType                = 'OnPremises'
    SenderDomains                = '*'
    TlsSenderCertificateName     = 'smtp.contoso.com'
    RestrictDomainsToCertificate = $true
    RequireTls                   = $true
}
New-InboundConnector @connector   # expect: EXO001

# 7. splat plus an explicit parameter on Set-
$convert = @{ ConnectorType = 'OnPremises' }
Set-InboundConnector -Identity 'Partner relay' @convert -Comment 'converted for device relay'   # expect: EXO001

# 8. backtick-continued command
# expect-next-line: EXO001
New-InboundConnector -Name 'Multifunction devices' `
    -ConnectorType OnPremises `
    -SenderDomains contoso.com `
    -TlsSenderCertificateName mfd.contoso.com `
    -RequireTls $true

# 9. unique prefix of -ConnectorType
New-InboundConnector -Name 'Branch relay' -ConnectorT OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'branch.contoso.com'   # expect: EXO001
