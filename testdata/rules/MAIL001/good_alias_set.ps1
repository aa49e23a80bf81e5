# expect-none: MAIL001
# Send-MailMessage is redirected to a Graph wrapper before any call (Set-Alias).
function Send-GraphMail {
    param([string[]] $To, [string] $From, [string] $Subject, [string] $Body, [string] $SmtpServer)
    $message = @{
        subject      = $Subject
        body         = @{ contentType = 'Text'; content = $Body }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
    Send-MgUserMail -UserId $From -Message $message
}
Set-Alias -Name Send-MailMessage -Value Send-GraphMail
Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'via alias' -Body 'ok' -SmtpServer 'relay.contoso.com'
send-mailmessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'alias names are case-insensitive too'
