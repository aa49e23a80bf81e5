# A background job is a new process: the caller's Graph session does not follow it.
Connect-MgGraph -Identity -NoWelcome
Start-Job -ScriptBlock {
    Send-MgUserMail -UserId 'jobs@contoso.com' -Message $using:message   # expect: MAIL010
}
