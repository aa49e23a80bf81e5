# expect-none: EXO005
Set-TransportConfig -SmtpClientAuthenticationDisabled $true
Set-AuthenticationPolicy -Identity 'Block basic' -AllowBasicAuthSmtp:$false
