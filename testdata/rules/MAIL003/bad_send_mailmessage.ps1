# MAIL003: Send-MailMessage without effective -UseSsl and without -Credential.
# (The cmdlet then also turns on UseDefaultCredentials.)
param(
    [string] $SmtpServer
)

# letter case, module-qualified name, call operator, dot invocation
send-mailmessage -to ops@contoso.com -from bot@contoso.com -subject 'lower case' -smtpserver relay.contoso.com   # expect: MAIL003
Microsoft.PowerShell.Utility\Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'qualified' -SmtpServer relay.contoso.com   # expect: MAIL003
& 'Send-MailMessage' -To ops@contoso.com -From bot@contoso.com -Subject 'call operator' -SmtpServer relay.contoso.com   # expect: MAIL003
. Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'dot invocation' -SmtpServer relay.contoso.com   # expect: MAIL003

# switch explicitly off
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'explicit off' -SmtpServer relay.contoso.com -UseSsl:$false   # expect: MAIL003

# positional host, -ComputerName alias, -Attachment prefix, -BAH alias
Send-MailMessage 'ops@contoso.com' 'Positional' 'Body' 'relay.contoso.com' -From 'bot@contoso.com'   # expect: MAIL003
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'alias' -Body '<p>ok</p>' -BAH -ComputerName relay.contoso.com -Attachment 'C:\logs\app.log'   # expect: MAIL003

# Exchange Online "direct send" to the MX endpoint: opportunistic TLS on the server, clear text for this client
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'direct send' -SmtpServer contoso-com.mail.protection.outlook.com   # expect: MAIL003

# look-alike of a loopback name
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'look-alike' -SmtpServer localhost.contoso.com   # expect: MAIL003

# unknown host (parameter): the missing -UseSsl is known, so the finding stays
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'host from parameter' -SmtpServer $SmtpServer   # expect: MAIL003

# splat: UseSsl = $false, and a splat whose keys arrive later
$p1 = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'splat off'; SmtpServer = 'relay.contoso.com'; UseSsl = $false }
Send-MailMessage @p1   # expect: MAIL003
$p2 = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com' }
$p2.Subject = 'keys added later'
$p2['SmtpServer'] = 'relay.contoso.com'
$p2['Port'] = 25
Send-MailMessage @p2   # expect: MAIL003
$p3 = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'removed'; SmtpServer = 'relay.contoso.com'; UseSsl = $true }
$p3.Remove('UseSsl')
Send-MailMessage @p3   # expect: MAIL003

# expect-next-line: MAIL003
Send-MailMessage -To ops@contoso.com `
    -From bot@contoso.com `
    -Subject 'backtick' `
    -SmtpServer relay.contoso.com

# literal pipeline input binds to -Attachments only
'C:\logs\a.log', 'C:\logs\b.log' | Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'piped' -SmtpServer relay.contoso.com   # expect: MAIL003

function Send-Heartbeat {
    param([string] $Node)
    Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject "heartbeat $Node" -SmtpServer relay.contoso.com   # expect: MAIL003
}
foreach ($node in 'app01', 'app02') {
    Send-Heartbeat -Node $node
}

$onError = {
    Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'script block' -SmtpServer relay.contoso.com   # expect: MAIL003
}
try {
    Get-Item -Path 'C:\data\input.csv' -ErrorAction Stop | Out-Null
} catch {
    & $onError
}
if ($env:COMPUTERNAME -like 'SQL*') {
    Send-MailMessage -To dba@contoso.com -From bot@contoso.com -Subject 'if block' -SmtpServer relay.contoso.com   # expect: MAIL003
}
