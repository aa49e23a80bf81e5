# MAIL001: a shadowing function only captures calls that run after its definition.
Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'before the proxy exists' -SmtpServer 'relay.contoso.com'   # expect: MAIL001

function Send-MailMessage {
    [CmdletBinding()]
    param(
        [string[]] $To,
        [string] $From,
        [string] $Subject,
        [string] $SmtpServer
    )
    # the module-qualified name always reaches the cmdlet, even inside the proxy
    Microsoft.PowerShell.Utility\Send-MailMessage @PSBoundParameters -UseSsl -Port 587   # expect: MAIL001
}

# from here on the plain name binds to the function above, not to the cmdlet
Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'through the proxy' -SmtpServer 'relay.contoso.com'
send-mailmessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'through the proxy, lower case' -SmtpServer 'relay.contoso.com'
