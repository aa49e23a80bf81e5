# expect-none: EXO001
# Abbreviated Partner values, and values that are not an unambiguous enum name.
New-InboundConnector -Name 'Fabrikam short' -ConnectorType Part -SenderDomains fabrikam.com -TlsSenderCertificateName 'mail.fabrikam.com'
Set-InboundConnector -Identity 'Fabrikam' -ConnectorType p
Set-InboundConnector -Identity 'Unknown' -ConnectorType 'OnPremisesRelay'
Set-InboundConnector -Identity 'Empty' -ConnectorType ''
# a conditional value is not known statically
$type = if ($hybrid) { 'OnPremises' } else { 'Partner' }
New-InboundConnector -Name 'Depends' -ConnectorType $type -SenderDomains contoso.com
