# expect-none: EXO003
# Disabling, implicit defaults, other connector kinds, and checks of the Enabled state.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

# disabling
Set-InboundConnector -Identity 'Old relay' -Enabled:$false
$disable = $false
Set-InboundConnector -Identity 'Older relay' -Enabled $disable
$off = @{ Identity = 'Legacy relay'; Enabled = $false }
Set-InboundConnector @off
Get-InboundConnector | Where-Object ConnectorType -eq 'OnPremises' | Set-InboundConnector -Enabled $false

# New- without an explicit -Enabled (EXO001 covers the OnPremises type itself)
New-InboundConnector -Name 'Device relay' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'relay.contoso.com'

# New- Partner connector with -Enabled $true: only OnPremises is reported for New-
New-InboundConnector -Name 'Fabrikam' -ConnectorType Partner -SenderDomains fabrikam.com -RequireTls $true -Enabled $true

# New- OnPremises created disabled on purpose
New-InboundConnector -Name 'Staged relay' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'stage.contoso.com' -Enabled $false

# Set- that does not touch Enabled
Set-InboundConnector -Identity 'Fabrikam' -Comment 'Enabled by change 4711'

# other cmdlets with -Enabled
Set-OutboundConnector -Identity 'To Fabrikam' -Enabled $true
Set-ReceiveConnector -Identity 'EX01\Anonymous relay' -Enabled $true

# verifying the state after creation, as the Inbound connector FAQ suggests
New-InboundConnector -Name 'Checked relay' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'check.contoso.com' -WarningVariable connectorWarnings
if (-not (Get-InboundConnector -Identity 'Checked relay').Enabled) {
    Write-Warning "Connector was created disabled: $connectorWarnings"
}

# text only
Write-Host 'Set-InboundConnector -Enabled $true requires approval.'
# Set-InboundConnector -Identity 'From on-prem' -Enabled $true
