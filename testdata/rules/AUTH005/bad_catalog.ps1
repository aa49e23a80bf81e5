# AUTH005 fixture taken from the rule catalog (rules.md, section G).
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic -AllowRedirection   # expect: AUTH005
Import-PSSession $s
