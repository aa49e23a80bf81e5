# Explicitly enabling inbound connectors.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

# 1. New- OnPremises with -Enabled $true
New-InboundConnector -Name 'Device relay' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'relay.contoso.com' -Enabled $true   # expect: EXO003

# 2. Set- on a Partner connector is reported as well
Set-InboundConnector -Identity 'Fabrikam partner' -Enabled $true   # expect: EXO003

# 3. positional identity, -Param:value form
Set-InboundConnector 'Inbound from 6f1c2b3a-9d7e-4c1f-8a2b-3c4d5e6f7a8b' -Enabled:$true   # expect: EXO003

# 4. lower case
set-inboundconnector -identity 'scanner relay' -enabled $true   # expect: EXO003

# 5. value from a variable
$enable = $true
Set-InboundConnector -Identity 'Copier relay' -Enabled $enable   # expect: EXO003

# 6. hashtable splat
$onPrem = @{
    Name                     = 'Datacenter relay'
    ConnectorType            = 'OnPremises'
    SenderDomains            = 'contoso.com'
    TlsSenderCertificateName = 'smtp.contoso.com'
    Enabled                  = $true
}
New-InboundConnector @onPrem   # expect: EXO003

# 7. piped from Get-InboundConnector
Get-InboundConnector -Identity 'Branch relay' | Set-InboundConnector -Enabled $true   # expect: EXO003

# 8. enabling every disabled connector in a loop
foreach ($connector in (Get-InboundConnector | Where-Object { -not $_.Enabled })) {
    Set-InboundConnector -Identity $connector.Identity -Enabled $true   # expect: EXO003
}

# 9. backtick-continued command
# expect-next-line: EXO003
Set-InboundConnector -Identity 'App relay' `
    -Enabled $true `
    -Comment 'enabled after Microsoft Support approved the request'
