# AUTH002: secrets kept in configuration hashtables at the top of a script and read back
# through keys (nested keys, keys added after the literal was written).
$config = @{
    Smtp = @{ Server = 'mail.contoso.com'; User = 'relay@contoso.com'; Password = 'Config-Heron#2207' }
}
$relayNc = [System.Net.NetworkCredential]::new($config.Smtp.User, $config.Smtp.Password)   # expect: AUTH002

$settings = @{}
$settings['ExoToken'] = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJmaXh0dXJlIn0.Config-Sig-5512'
Connect-ExchangeOnline -AccessToken $settings.ExoToken -Organization contoso.onmicrosoft.com   # expect: AUTH002

# The user name is not the secret: a literal user with a run-time password is not reported.
$config.Smtp.Password = $env:RELAY_PASSWORD
$envNc = [System.Net.NetworkCredential]::new($config.Smtp.User, $env:RELAY_PASSWORD)
