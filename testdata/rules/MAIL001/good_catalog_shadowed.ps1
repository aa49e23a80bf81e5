# expect-none: MAIL001
function Send-MailMessage {
    param($To, $From, $Subject, $Body)
    Send-MgUserMail -UserId $From -BodyParameter @{ message = @{ subject = $Subject } }
}
Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject 'shadowed'
