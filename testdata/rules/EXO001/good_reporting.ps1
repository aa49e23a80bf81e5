# expect-none: EXO001
# Inventory and clean-up of OnPremises inbound connectors: reading and removing is not reported.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

$onPrem = Get-InboundConnector | Where-Object { $_.ConnectorType -eq 'OnPremises' }
$onPrem | Select-Object Name, Enabled, ConnectorSource, SenderIPAddresses, TlsSenderCertificateName, WhenChanged |
    Export-Csv -Path .\onprem-connectors.csv -NoTypeInformation

foreach ($c in $onPrem) {
    if (-not $c.Enabled) {
        Write-Warning "Connector '$($c.Name)' is disabled; OnPremises connectors may need Microsoft Support to enable."
    }
}

Get-InboundConnector -Identity 'Unknown relay' | Remove-InboundConnector -Confirm:$false
Remove-InboundConnector -Identity 'Printers' -Confirm:$false

# text and comments only
Write-Host 'New-InboundConnector -ConnectorType OnPremises needs a change ticket.'
# New-InboundConnector -Name 'Printers' -ConnectorType OnPremises -SenderDomains *
<#
New-InboundConnector -Name 'Old' -ConnectorType OnPremises -SenderDomains * -SenderIPAddresses 203.0.113.10
#>
$runbook = @'
New-InboundConnector -Name 'Documented' -ConnectorType OnPremises -SenderDomains contoso.com
'@
