# AUTH008: Send-MailMessage with -Credential to an Exchange Online SMTP AUTH host.
# The host can come from -SmtpServer, its alias -ComputerName, position 3, a splat or $PSEmailServer.

$relayCred = Get-AutomationPSCredential -Name 'SmtpRelay'

Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer 'SMTP.Office365.com' -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -ComputerName smtp.office365.com -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008

# Positional: To, Subject, Body, SmtpServer.
Send-MailMessage ops@contoso.com 'Nightly' 'All jobs finished.' smtp.office365.com -From svc@contoso.com -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008

# Host in a variable.
$exoHost = 'smtp.office365.com'
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer $exoHost -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008

# Splat.
$mail = @{
    To         = 'ops@contoso.com'
    From       = 'svc@contoso.com'
    Subject    = 'Nightly'
    SmtpServer = 'smtp.office365.com'
    Port       = 587
    UseSsl     = $true
    Credential = $relayCred
}
Send-MailMessage @mail   # expect: AUTH008

# Credential key added to the splat later.
$mail2 = @{ To = 'ops@contoso.com'; From = 'svc@contoso.com'; Subject = 'Weekly'; SmtpServer = 'smtp.office365.com'; Port = 587; UseSsl = $true }
$mail2['Credential'] = $relayCred
Send-MailMessage @mail2   # expect: AUTH008

# A user-name string makes PowerShell prompt for the password: still user + password.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential 'svc@contoso.com'   # expect: AUTH008

# Interactive prompt: still Basic SMTP AUTH.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)   # expect: AUTH008

# The legacy TLS endpoint and the 21Vianet endpoint.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp-legacy.office365.com -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.partner.outlook.cn -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008

# Module-qualified name always binds to the cmdlet.
Microsoft.PowerShell.Utility\Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH008

# Backtick continuation.
# expect-next-line: AUTH008
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' `
    -SmtpServer smtp.office365.com -Port 587 -UseSsl `
    -Credential $relayCred
