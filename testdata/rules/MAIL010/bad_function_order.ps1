# The function that connects is called only after the send.
function Connect-Mailer {
    Connect-MgGraph -Identity -NoWelcome
}
function Send-Report([string] $Text) {
    Send-MgUserMail -UserId 'jobs@contoso.com' -BodyParameter @{ message = @{ subject = $Text } }   # expect: MAIL010
}
Send-Report -Text 'early'
Connect-Mailer
