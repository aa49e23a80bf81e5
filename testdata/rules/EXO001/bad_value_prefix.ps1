# Enum values may be abbreviated: PowerShell accepts any unique prefix of an enum name
# ("minimum disambiguation"), so -ConnectorType OnPrem creates an OnPremises connector.
# Module code in the wild creates a throw-away OnPremises connector this way to probe whether
# the tenant still allows it (EX505293).

# 1. abbreviated value, created disabled: still reported, at note level
New-InboundConnector -Name 'Probe EX505293' -ConnectorType OnPrem -TlsSenderCertificateName 'probe.contoso.com' -SenderDomains 'probe.contoso.com' -RequireTls $true -Enabled $false   # expect: EXO001
Remove-InboundConnector -Identity 'Probe EX505293' -Confirm:$false

# 2. single letter, lower case
Set-InboundConnector -Identity 'Relay' -ConnectorType o   # expect: EXO001

# 3. noun prefix chosen at connect time
Connect-ExchangeOnline -Prefix Cloud -ShowBanner:$false
New-CloudInboundConnector -Name 'Prefixed' -ConnectorType OnPremises -SenderDomains contoso.com -TlsSenderCertificateName 'relay.contoso.com'   # expect: EXO001
