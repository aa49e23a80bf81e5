# expect-none: MAIL006
# Port and TLS mode that fit, or that cannot be decided.
param(
    [int] $Port
)
$cred = Get-Credential
$msg = New-Object Net.Mail.MailMessage('bot@contoso.com', 'ops@contoso.com', 'Report', 'text')

# Exchange Online: 587, 25, or no -Port (0 = SmtpClient default 25)
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject '587' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject '25' -SmtpServer smtp.office365.com -Port 25 -UseSsl -Credential $cred
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'default port' -SmtpServer smtp.office365.com -UseSsl -Credential $cred
$exo = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'splat'; SmtpServer = 'smtp.office365.com'; UseSsl = $true; Credential = $cred }
$exo.Port = 587
Send-MailMessage @exo

# custom ports are fine on hosts that are not Exchange Online
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'custom relay port' -SmtpServer relay.contoso.com -Port 2525 -UseSsl

# unknown port
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'port from parameter' -SmtpServer mail.contoso.com -Port $Port -UseSsl
$fromFile = Import-PowerShellDataFile -Path '.\mail.psd1'
Send-MailMessage @fromFile -SmtpServer smtp.office365.com -UseSsl

# -P is ambiguous (Port, Priority, PsPath, PipelineVariable...): PowerShell refuses the call
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'ambiguous' -SmtpServer mail.contoso.com -P 465 -UseSsl

# mentions only
# Send-MailMessage -SmtpServer mail.contoso.com -Port 465 -UseSsl
$note = 'Port 465 needs implicit TLS, which Send-MailMessage cannot do'

# SmtpClient with STARTTLS ports
$c1 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
$c1.EnableSsl = $true
$c1.Send($msg)
$c2 = [Net.Mail.SmtpClient]@{ Host = 'mail.contoso.com'; Port = 25; EnableSsl = $true }
$c2.Send($msg)

# MailKit with the matching mode
$mk1 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk1.Connect('mail.contoso.com', 465, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$mk2 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk2.Connect('smtp.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk3 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk3.Connect('mail.contoso.com', 465, $true)
$mk4 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk4.Connect('mail.contoso.com', $Port, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
