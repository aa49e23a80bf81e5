# A --fix result: the send was rewritten, nothing connects to Graph.
$message = @{
    subject      = 'Nightly'
    body         = @{ contentType = 'Text'; content = 'done' }
    toRecipients = @(@{ emailAddress = @{ address = 'ops@contoso.com' } })
}
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $message   # expect: MAIL010
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/users/jobs@contoso.com/sendMail' -Body $json   # expect: MAIL010
$draft = New-MgUserMessage -UserId 'jobs@contoso.com' -BodyParameter $message
Send-MgUserMessage -UserId 'jobs@contoso.com' -MessageId $draft.Id   # expect: MAIL010
Connect-MgGraph -Identity -NoWelcome
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $message
