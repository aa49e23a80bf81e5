# MAIL002: MailKit authenticates on a connection that is not protected by TLS.
# Reported on the Authenticate call.
Add-Type -Path "$PSScriptRoot\lib\MimeKit.dll"
Add-Type -Path "$PSScriptRoot\lib\MailKit.dll"
$cred = Get-Credential
$user = $cred.UserName
$password = $cred.GetNetworkCredential().Password

$message = [MimeKit.MimeMessage]::new()
$message.From.Add([MimeKit.MailboxAddress]::new('Reports', 'svc-mail@contoso.com'))
$message.To.Add([MimeKit.MailboxAddress]::new('', 'ops@contoso.com'))
$message.Subject = 'MailKit report'
$message.Body = [MimeKit.TextPart]::new('plain')

# SecureSocketOptions.None: clear text
$mk1 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk1.Connect('mail.contoso.com', 25, [MailKit.Security.SecureSocketOptions]::None)
$mk1.Authenticate($user, $password)   # expect: MAIL002
$mk1.Send($message)
$mk1.Disconnect($true)

# bool overload with $false: no SSL-on-connect
$mk2 = New-Object MailKit.Net.Smtp.SmtpClient
$mk2.Connect('mail.contoso.com', 587, $false)
$mk2.Authenticate($user, $password)   # expect: MAIL002
$mk2.Send($message)
$mk2.Disconnect($true)

# StartTlsWhenAvailable: opportunistic, a network attacker can strip STARTTLS (level warning)
$mk3 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk3.Connect('mail.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTlsWhenAvailable)
$mk3.Authenticate($cred.GetNetworkCredential())   # expect: MAIL002
$mk3.Send($message)
$mk3.Disconnect($true)
