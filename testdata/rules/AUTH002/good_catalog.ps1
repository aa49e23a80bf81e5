# expect-none: AUTH002
# AUTH002 negative fixture taken from the rule catalog (rules.md, section G).
$c = New-Object System.Management.Automation.PSCredential('anonymous', (New-Object System.Security.SecureString))
$d = Get-Credential -UserName 'svc@contoso.com' -Message 'SMTP'
$e = [pscredential]::new('svc@contoso.com', (Get-Secret -Name Smtp))
