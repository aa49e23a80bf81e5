# AUTH006 fixture taken from the rule catalog (rules.md, section G).
$c = Import-Clixml C:\secure\exo.xml
Connect-ExchangeOnline -Credential $c -ShowBanner:$false   # expect: AUTH006
