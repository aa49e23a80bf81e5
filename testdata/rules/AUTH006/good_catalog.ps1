# expect-none: AUTH006
# AUTH006 negative fixture taken from the rule catalog (rules.md, section G).
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization contoso.onmicrosoft.com
Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com
