#Requires -Modules @{ ModuleName = 'Microsoft.Graph'; ModuleVersion = '2.0.0' }
# The Microsoft.Graph roll-up module already brings Send-MgUserMail.
$sender = 'Jobs <jobs@contoso.com>'
Send-MailMessage -From $sender -To ops@contoso.com -Subject 'Done' -SmtpServer smtp.office365.com
