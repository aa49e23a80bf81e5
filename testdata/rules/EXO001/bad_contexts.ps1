# OnPremises connectors inside functions, script blocks, with -WhatIf, and rebuilding the HCW connector.

# 1. inside a function (reported even if the function is never called)
function New-DeviceRelayConnector {
    param([string]$Name, [string]$CertificateName)
    New-InboundConnector -Name $Name -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName $CertificateName   # expect: EXO001
}

# 2. -WhatIf lowers the level to note but is still reported
New-InboundConnector -Name 'Dry run' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'relay.contoso.com' -WhatIf   # expect: EXO001

# 3. rebuilding the Hybrid Configuration Wizard connector by hand stays a warning
New-InboundConnector -Name 'Inbound from 6f1c2b3a-9d7e-4c1f-8a2b-3c4d5e6f7a8b' -ConnectorType OnPremises -SenderDomains * -TlsSenderCertificateName 'mail.contoso.com' -CloudServicesMailEnabled $true -RequireTls $true   # expect: EXO001

# 4. inside a script block run by ForEach-Object
'relay1.contoso.com', 'relay2.contoso.com' | ForEach-Object {
    New-InboundConnector -Name "Relay $_" -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName $_   # expect: EXO001
}

# 5. call operator with a literal command name
& 'New-InboundConnector' -Name 'Via call operator' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'op.contoso.com'   # expect: EXO001

# 6. piped identity converted to OnPremises
Get-InboundConnector -Identity 'Scanner partner' | Set-InboundConnector -ConnectorType OnPremises   # expect: EXO001
