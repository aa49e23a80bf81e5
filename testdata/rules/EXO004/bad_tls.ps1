# Weak transport security on outbound connectors.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

# 1. EncryptionOnly on Set-
Set-OutboundConnector -Identity 'To Fabrikam' -TlsSettings EncryptionOnly   # expect: EXO004

# 2. MTA-STS switched off
New-OutboundConnector -Name 'Fabrikam MX' -ConnectorType Partner -RecipientDomains fabrikam.com -UseMXRecord $true -MtaStsMode None   # expect: EXO004

# 3. DANE switched off
Set-OutboundConnector -Identity 'Fabrikam MX' -SmtpDaneMode None   # expect: EXO004

# 4. lower case, quoted value
new-outboundconnector -name 'Lower' -connectortype partner -recipientdomains fabrikam.com -usemxrecord $false -smarthosts 'relay.fabrikam.com' -tlssettings 'encryptiononly'   # expect: EXO004

# 5. -Param:value form
Set-OutboundConnector -Identity 'Colon form' -TlsSettings:EncryptionOnly   # expect: EXO004

# 6. value from a variable
$tls = 'EncryptionOnly'
Set-OutboundConnector -Identity 'Variable form' -TlsSettings $tls   # expect: EXO004

# 7. hashtable splat
$outbound = @{
    Name             = 'To Tailspin'
    ConnectorType    = 'Partner'
    RecipientDomains = 'example.com'
    UseMXRecord      = $false
    SmartHosts       = 'mx1.example.com', 'mx2.example.com'
    TlsSettings      = 'EncryptionOnly'
}
New-OutboundConnector @outbound   # expect: EXO004

# 8. several signals in one command: one finding
Set-OutboundConnector -Identity 'Worst case' -TlsSettings EncryptionOnly -MtaStsMode None -SmtpDaneMode None   # expect: EXO004

# 9. backtick-continued command
# expect-next-line: EXO004
New-OutboundConnector -Name 'Continued' `
    -ConnectorType Partner `
    -RecipientDomains fabrikam.com `
    -SmtpDaneMode None
