New-OutboundConnector -Name 'To Fabrikam' -RecipientDomains fabrikam.com -UseMXRecord $false -SmartHosts mx.fabrikam.com -TlsSettings EncryptionOnly   # expect: EXO004
