# expect-none: AUTH005
# AUTH005 negative fixture taken from the rule catalog (rules.md, section G).
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.contoso.local/PowerShell/ -Authentication Kerberos
Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com
