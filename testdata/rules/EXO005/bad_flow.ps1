# Values arriving through variables, splats and continued lines.

$smtpAuthOff = $false
Set-TransportConfig -SmtpClientAuthenticationDisabled $smtpAuthOff   # expect: EXO005

$cas = @{
    Identity                         = 'scanner@contoso.com'
    SmtpClientAuthenticationDisabled = $false
}
Set-CASMailbox @cas   # expect: EXO005

$policy = @{ Name = 'Basic SMTP for copiers'; AllowBasicAuthSmtp = $true }
New-AuthenticationPolicy @policy   # expect: EXO005

$org = @{ OAuth2ClientProfileEnabled = $false }
Set-OrganizationConfig @org   # expect: EXO005

# expect-next-line: EXO005
Set-CASMailbox -Identity 'app-sender@contoso.com' `
    -SmtpClientAuthenticationDisabled $false `
    -PopEnabled $false

function Enable-DeviceSmtp {
    param([string]$Mailbox)
    Set-CASMailbox -Identity $Mailbox -SmtpClientAuthenticationDisabled $false   # expect: EXO005
}
