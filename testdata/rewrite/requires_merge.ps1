#Requires -Version 5.1
#Requires -Module Az.Accounts
# Two sends: the module joins the existing #Requires -Modules line, the
# recipient helper is inserted once, the attachment helper once (one send
# has attachments).
$from = 'jobs@contoso.com'
Send-MailMessage -From $from -To 'ops@contoso.com, dba@contoso.com' -Subject 'Started' -SmtpServer smtp.office365.com
Send-MailMessage -From $from -To ops@contoso.com -Subject 'Done' -Attachments .\job.log -SmtpServer smtp.office365.com
