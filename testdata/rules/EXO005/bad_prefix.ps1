# Unique parameter prefixes (bound against the cmdlet's complete parameter list) and a
# noun prefix given at connect time.
Set-TransportConfig -SmtpClient $false   # expect: EXO005
Set-OrganizationConfig -OAuth2 $false   # expect: EXO005
Connect-ExchangeOnline -Prefix Cloud
Set-CloudTransportConfig -SmtpClientAuthenticationDisabled $false   # expect: EXO005
