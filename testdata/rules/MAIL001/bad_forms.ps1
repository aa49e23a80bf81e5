# MAIL001: spellings and binding forms that all reach the built-in cmdlet.
# One finding per call site, located on the Send-MailMessage command.
$to = 'ops@contoso.com'
$from = 'bot@contoso.com'

send-mailmessage -to $to -from $from -subject 'lower case' -smtpserver relay.contoso.com   # expect: MAIL001
SEND-MAILMESSAGE -To $to -From $from -Subject 'upper case' -SmtpServer relay.contoso.com   # expect: MAIL001
microsoft.powershell.utility\send-mailmessage -To $to -From $from -Subject 'qualified, lower case' -SmtpServer relay.contoso.com   # expect: MAIL001
& 'Send-MailMessage' -To $to -From $from -Subject 'call operator' -SmtpServer relay.contoso.com   # expect: MAIL001
& "Microsoft.PowerShell.Utility\Send-MailMessage" -To $to -From $from -Subject 'call operator, qualified' -SmtpServer relay.contoso.com   # expect: MAIL001
. Send-MailMessage -To $to -From $from -Subject 'dot invocation' -SmtpServer relay.contoso.com   # expect: MAIL001

# positional: To, Subject, Body, SmtpServer
Send-MailMessage $to 'Positional' 'Body text' 'relay.contoso.com' -From $from   # expect: MAIL001

# -Attachment is a unique prefix of -Attachments; -Sub, -BAH and -ComputerName are aliases
Send-MailMessage -To $to -From $from -Subject 'Prefix' -Attachment 'C:\logs\app.log' -SmtpServer relay.contoso.com   # expect: MAIL001
Send-MailMessage -To $to -From $from -Sub 'Aliases' -Body '<b>ok</b>' -BAH -ComputerName relay.contoso.com   # expect: MAIL001
Send-MailMessage -To $to -From $from -Subject 'Explicit switch value' -SmtpServer relay.contoso.com -UseSsl:$false   # expect: MAIL001

# splat whose keys are added after the literal
$params = @{
    To   = $to
    From = $from
}
$params.Subject = 'Splat with keys added later'
$params['SmtpServer'] = 'smtp.office365.com'
$params['Port'] = 587
$params.UseSsl = $true
Send-MailMessage @params -Credential (Get-Credential)   # expect: MAIL001

# splat of unknown content: still the cmdlet
$fromFile = Import-PowerShellDataFile -Path '.\mail.psd1'
Send-MailMessage @fromFile   # expect: MAIL001

# host taken from $PSEmailServer
$PSEmailServer = 'relay.contoso.com'
Send-MailMessage -To $to -From $from -Subject 'Host from PSEmailServer'   # expect: MAIL001

# expect-next-line: MAIL001
Send-MailMessage -To $to `
    -From $from `
    -Subject 'Backtick continuation' `
    -SmtpServer relay.contoso.com

'C:\logs\app.log', 'C:\logs\web.log' | Send-MailMessage -To $to -From $from -Subject 'Piped paths' -SmtpServer relay.contoso.com   # expect: MAIL001

# the command element starts on the third line of the pipeline
Get-ChildItem -Path 'C:\reports' -Filter '*.csv' |
    Where-Object Length -gt 0 |
    Send-MailMessage -To $to -From $from -Subject 'Pipeline on a later line' -SmtpServer relay.contoso.com   # expect: MAIL001
