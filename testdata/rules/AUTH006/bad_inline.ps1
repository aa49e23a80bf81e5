# AUTH006 (note level): -InlineCredential is credential-based (no MFA) even though typed interactively.
# (Connect-IPPSSession has no -InlineCredential parameter.)
Connect-ExchangeOnline -InlineCredential   # expect: AUTH006
Connect-ExchangeOnline -InlineCredential -ShowBanner:$false -Organization contoso.onmicrosoft.com   # expect: AUTH006
