# MAIL002: Send-MailMessage with a credential and no effective -UseSsl.
param(
    [string] $SmtpServer
)
$cred = Get-Credential -UserName 'svc-mail@contoso.com' -Message 'SMTP account'

# -Cred is a unique prefix of -Credential
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'prefix' -SmtpServer mail.contoso.com -Cred $cred   # expect: MAIL002

# a bare user name makes PowerShell prompt for the password: still a credential on the wire
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'user name only' -SmtpServer mail.contoso.com -Credential 'svc-mail@contoso.com'   # expect: MAIL002

# the switch is explicitly turned off
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'explicit off' -SmtpServer mail.contoso.com -UseSsl:$False -Credential $cred   # expect: MAIL002

# positional host (position 3) and the -ComputerName alias
Send-MailMessage 'ops@contoso.com' 'Positional' 'Body' 'mail.contoso.com' -From 'svc-mail@contoso.com' -Credential $cred   # expect: MAIL002
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'alias' -ComputerName mail.contoso.com -Credential $cred   # expect: MAIL002

# letter case, module-qualified name, call operator
send-mailmessage -to ops@contoso.com -from svc-mail@contoso.com -subject 'lower case' -smtpserver mail.contoso.com -credential $cred   # expect: MAIL002
Microsoft.PowerShell.Utility\Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'qualified' -SmtpServer mail.contoso.com -Credential $cred   # expect: MAIL002
& 'Send-MailMessage' -To ops@contoso.com -From svc-mail@contoso.com -Subject 'call operator' -SmtpServer mail.contoso.com -Credential $cred   # expect: MAIL002

# Exchange Online host without STARTTLS
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'EXO, no TLS' -SmtpServer smtp.office365.com -Port 587 -Credential $cred   # expect: MAIL002

# not a loopback host, only a name that starts like one
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'look-alike' -SmtpServer localhost.contoso.com -Credential $cred   # expect: MAIL002

# unknown host (script parameter): the missing -UseSsl is known, so the finding stays
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'host from parameter' -SmtpServer $SmtpServer -Credential $cred   # expect: MAIL002

# splat: credential added after the literal
$mail = @{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; Subject = 'splat'; SmtpServer = 'mail.contoso.com' }
$mail.Credential = $cred
Send-MailMessage @mail   # expect: MAIL002

# splat: UseSsl removed again before the call
$mail2 = @{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; Subject = 'removed'; SmtpServer = 'mail.contoso.com'; UseSsl = $true }
$mail2['Credential'] = $cred
$mail2.Remove('UseSsl')
Send-MailMessage @mail2   # expect: MAIL002

# ordered splat plus an explicit parameter
$mail3 = [ordered]@{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; SmtpServer = 'mail.contoso.com'; Credential = $cred }
Send-MailMessage @mail3 -Subject 'ordered splat'   # expect: MAIL002

# expect-next-line: MAIL002
Send-MailMessage -To ops@contoso.com `
    -From svc-mail@contoso.com `
    -Subject 'backtick' `
    -SmtpServer mail.contoso.com `
    -Credential $cred

# literal pipeline input binds to -Attachments only
'C:\reports\daily.csv' | Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'piped' -SmtpServer mail.contoso.com -Credential $cred   # expect: MAIL002

function Send-Status {
    param([string] $Text, [pscredential] $Credential)
    try {
        Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject $Text -SmtpServer mail.contoso.com -Credential $Credential -ErrorAction Stop   # expect: MAIL002
    } catch {
        Write-Warning $_.Exception.Message
    }
}
foreach ($state in 'started', 'finished') {
    Send-Status -Text $state -Credential $cred
}

# host from $PSEmailServer
$PSEmailServer = 'mail.contoso.com'
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'PSEmailServer' -Credential $cred   # expect: MAIL002
