# TLS003: a send continued over several lines with backticks.
$cred = Get-Credential -Message 'SMTP AUTH account'

# expect-next-line: TLS003
Send-MailMessage -To 'helpdesk@contoso.com' `
    -From 'monitor@contoso.com' `
    -Subject 'Disk space low' `
    -Body 'Drive D: is below 10 percent.' `
    -SmtpServer 'smtp.office365.com' `
    -Port 587 `
    -UseSsl `
    -Credential $cred
