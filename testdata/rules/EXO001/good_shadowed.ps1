# expect-none: EXO001
# A function of the same name defined before the call shadows the cmdlet (a test double).
function New-InboundConnector {
    param($Name, $ConnectorType, $SenderDomains)
    Write-Host "would create $Name ($ConnectorType)"
}
New-InboundConnector -Name 'Dry run' -ConnectorType OnPremises -SenderDomains contoso.com
