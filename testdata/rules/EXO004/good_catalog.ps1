# expect-none: EXO004
New-OutboundConnector -Name 'To Fabrikam' -RecipientDomains fabrikam.com -TlsSettings DomainValidation -TlsDomain mx.fabrikam.com
