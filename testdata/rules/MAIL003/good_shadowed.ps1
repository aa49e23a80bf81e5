# expect-none: MAIL003
# A proxy that forces STARTTLS; the plain calls after it bind to the proxy.
function Send-MailMessage {
    [CmdletBinding()]
    param([string[]] $To, [string] $From, [string] $Subject, [string] $SmtpServer)
    Microsoft.PowerShell.Utility\Send-MailMessage @PSBoundParameters -UseSsl -Port 587
}
Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'through the proxy' -SmtpServer 'relay.contoso.com'
