# ScriptsToProcess runs in the importer's scope: its functions are the caller's.
function Send-ReportStarted {
    Send-MailMessage -From 'reports@contoso.example' -To 'team@contoso.example' -Subject 'started' -SmtpServer 'smtp.contoso.example'
}
