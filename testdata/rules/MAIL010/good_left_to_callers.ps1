# expect-none: MAIL010
# Functions the file never calls (a library, a module's exports) are left to
# their callers; a send behind a tenant's own Connect-* wrapper or a
# dot-sourced file may be connected; GET requests and other URIs send nothing.
function Send-TeamMail {
    param([string] $To, [string] $Subject)
    Send-MgUserMail -UserId $env:MAILER -Message @{ subject = $Subject; toRecipients = @(@{ emailAddress = @{ address = $To } }) }
}
Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/users/jobs@contoso.com/messages'
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/users/jobs@contoso.com/messages' -Body $json
Connect-ContosoTenant -Graph
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $message
