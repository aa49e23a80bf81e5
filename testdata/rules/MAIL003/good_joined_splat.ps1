# expect-none: MAIL003
# Splats built in branches where a branch turns TLS on or adds a credential, and a send that
# is not guarded by the variable (it may run with nothing splatted).
param(
    [switch] $SendReport,
    [switch] $External,
    [pscredential] $RelayCredential
)

if ($External) {
    $tlsSplat = @{ To = 'partner@fabrikam.com'; From = 'exports@contoso.com'; Subject = 'Export'; SmtpServer = 'relay.contoso.com'; UseSsl = $true }
} else {
    $tlsSplat = @{ To = 'ops@contoso.com'; From = 'exports@contoso.com'; Subject = 'Export'; SmtpServer = 'relay.contoso.com' }
}
if ($tlsSplat) { Send-MailMessage @tlsSplat }

if ($External) {
    $credSplat = @{ To = 'ops@contoso.com'; From = 'exports@contoso.com'; Subject = 'Export'; SmtpServer = 'relay.contoso.com'; Credential = $RelayCredential }
} else {
    $credSplat = @{ To = 'ops@contoso.com'; From = 'exports@contoso.com'; Subject = 'Export'; SmtpServer = 'relay.contoso.com'; UseSsl = $true }
}
if ($credSplat) { Send-MailMessage @credSplat }

if ($SendReport) {
    $maybeSplat = @{ To = 'ops@contoso.com'; From = 'exports@contoso.com'; Subject = 'Export'; SmtpServer = 'relay.contoso.com' }
}
Send-MailMessage @maybeSplat
if (-not $maybeSplat) { Send-MailMessage @maybeSplat }
