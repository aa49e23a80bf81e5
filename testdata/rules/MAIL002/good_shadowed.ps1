# expect-none: MAIL002
# Calls after a shadowing function bind to the function, not to the cmdlet.
function Send-MailMessage {
    param([string[]] $To, [string] $From, [string] $Subject, [string] $SmtpServer, [pscredential] $Credential)
    $message = @{ subject = $Subject; toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } }) }
    Send-MgUserMail -UserId $From -Message $message
}
$cred = Get-Credential
Send-MailMessage -To 'ops@contoso.com' -From 'svc-mail@contoso.com' -Subject 'shadowed' -SmtpServer 'mail.contoso.com' -Credential $cred
