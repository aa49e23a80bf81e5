Set-TransportConfig -SmtpClientAuthenticationDisabled $false   # expect: EXO005
Set-AuthenticationPolicy -Identity 'Legacy scanners' -AllowBasicAuthSmtp   # expect: EXO005
