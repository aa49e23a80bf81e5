# Every parameter that maps to Graph, and the SMTP ones that are dropped.
$cred = Import-Clixml -Path "$PSScriptRoot\smtp.xml"
$html = '<h1>Nightly</h1>'
Send-MailMessage -From 'Alerts <alerts@contoso.com>' -To 'ops@contoso.com', 'Oncall <oncall@contoso.com>' -Cc lead@contoso.com -Bcc audit@contoso.com -ReplyTo help@contoso.com -Subject 'Nightly job failed' -Body $html -BodyAsHtml -Attachments 'C:\logs\job.log', 'C:\logs\job.err' -Priority High -DeliveryNotificationOption OnSuccess -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -Encoding UTF8
