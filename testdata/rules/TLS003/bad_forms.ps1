# TLS003: Send-MailMessage with STARTTLS in its different call shapes, no TLS 1.2 line anywhere.
$cred = Import-Clixml -Path "$env:USERPROFILE\smtp.cred.xml"

# named, switch with explicit value
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Daily report' -SmtpServer smtp.office365.com -Port 587 -UseSsl:$true -Credential $cred   # expect: TLS003

# positional To, Subject, Body, SmtpServer
Send-MailMessage ops@contoso.com 'Daily report' 'See attachment.' smtp.office365.com -From reports@contoso.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003

# -ComputerName is an alias of -SmtpServer
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Alias' -ComputerName smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003

# module-qualified name always binds to the cmdlet
Microsoft.PowerShell.Utility\Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Qualified' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003

# pipeline input (attachments)
Get-ChildItem -Path 'C:\Reports\*.csv' | Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'CSV files' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003

# hashtable splat with UseSsl = $true
$mail = @{
    To         = 'ops@contoso.com'
    From       = 'reports@contoso.com'
    Subject    = 'Splatted'
    SmtpServer = 'smtp.office365.com'
    Port       = 587
    UseSsl     = $true
    Credential = $cred
}
Send-MailMessage @mail   # expect: TLS003

# splat plus explicit -UseSsl
$common = @{ From = 'reports@contoso.com'; SmtpServer = 'smtp.office365.com'; Port = 587; Credential = $cred }
Send-MailMessage @common -To ops@contoso.com -Subject 'Mixed' -UseSsl   # expect: TLS003

# host from $PSEmailServer
$PSEmailServer = 'smtp.office365.com'
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Default server' -Port 587 -UseSsl -Credential $cred   # expect: TLS003

# in a loop: one finding for the one command
foreach ($rcpt in @('a@contoso.com', 'b@contoso.com')) {
    Send-MailMessage -To $rcpt -From reports@contoso.com -Subject 'Loop' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
}
