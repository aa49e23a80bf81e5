# expect-none: AUTH003
# AUTH003 negative fixture taken from the rule catalog (rules.md, section G).
$password = Read-Host -AsSecureString
$tokenEndpoint = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token'
$apiKey = '<your-key-here>'
