# Signals that arrive through variables, splats and continued lines.

# value in a variable
$tlsRequired = $false
Set-InboundConnector -Identity 'From on-prem' -ConnectorType OnPremises -RequireTls $tlsRequired   # expect: EXO002

# hashtable splat
$weak = @{
    Name                     = 'Scanner relay'
    ConnectorType            = 'OnPremises'
    SenderDomains            = 'contoso.com'
    TlsSenderCertificateName = 'scan.contoso.com'
    RequireTls               = $false
}
New-InboundConnector @weak   # expect: EXO002

# splat adds TreatMessagesAsInternal to an otherwise clean Set-
$internal = @{ TreatMessagesAsInternal = $true }
Set-InboundConnector -Identity 'Legacy mail gateway' @internal   # expect: EXO002

# backtick-continued command
# expect-next-line: EXO002
New-InboundConnector -Name 'Hybrid by hand' `
    -ConnectorType OnPremises `
    -SenderDomains * `
    -TlsSenderCertificateName 'mail.contoso.com' `
    -CloudServicesMailEnabled $true

# inside a function
function Set-RelayAllowPlaintext {
    param([string]$Identity)
    Set-InboundConnector -Identity $Identity -RequireTls $false   # expect: EXO002
}
