# expect-none: EXO004
# Look-alike parameters on other cmdlets, inventory, and text.

# on-premises Exchange send connector
Set-SendConnector -Identity 'Internet' -TlsAuthLevel EncryptionOnly -RequireTLS $true

# inbound connectors have their own rules (EXO001-EXO003)
New-InboundConnector -Name 'Fabrikam in' -ConnectorType Partner -SenderDomains fabrikam.com -RequireTls $true

# inventory of weak connectors
Get-OutboundConnector | Where-Object { $_.TlsSettings -eq 'EncryptionOnly' -or $_.SmtpDaneMode -eq 'None' } |
    Select-Object Name, RecipientDomains, SmartHosts, TlsSettings, MtaStsMode, SmtpDaneMode

# validation of an existing connector
Validate-OutboundConnector -Identity 'To Fabrikam' -Recipients 'postmaster@fabrikam.com'

# text only
Write-Host 'Do not use -TlsSettings EncryptionOnly or -MtaStsMode None.'
# Set-OutboundConnector -Identity 'To Fabrikam' -TlsSettings EncryptionOnly
