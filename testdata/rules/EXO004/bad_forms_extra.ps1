# Abbreviated enum values and the address-space form of a catch-all.

# 1. unique prefix of EncryptionOnly
Set-OutboundConnector -Identity 'To Fabrikam' -TlsSettings Enc   # expect: EXO004

# 2. unique prefix of None, colon form
Set-OutboundConnector -Identity 'Fabrikam MX' -MtaStsMode:N   # expect: EXO004

# 3. catch-all written as an address space
New-OutboundConnector -Name 'All via gateway' -ConnectorType Partner -RecipientDomains 'smtp:*;1' -UseMXRecord $false -SmartHosts 'gw.example.com' -TlsSettings DomainValidation -TlsDomain 'gw.example.com'   # expect: EXO004
