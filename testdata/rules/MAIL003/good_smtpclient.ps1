# expect-none: MAIL003
# SmtpClient / MailKit sends that use TLS, credentials, loopback, a pickup directory, or unknown state.
param(
    [bool] $EnableTls
)
$msg = New-Object Net.Mail.MailMessage('bot@contoso.com', 'ops@contoso.com', 'Report', 'text')

$c1 = New-Object Net.Mail.SmtpClient('relay.contoso.com', 587)
$c1.EnableSsl = $true
$c1.Send($msg)

$c2 = [Net.Mail.SmtpClient]@{ Host = 'relay.contoso.com'; Port = 587; EnableSsl = $true }
$c2.Send($msg)

$c3 = New-Object Net.Mail.SmtpClient -Property @{ Host = 'relay.contoso.com'; EnableSsl = $true }
$c3.SendMailAsync($msg).Wait()

# loopback
$c4 = [System.Net.Mail.SmtpClient]::new('localhost')
$c4.Send($msg)
$c5 = New-Object Net.Mail.SmtpClient('127.0.0.1', 25)
$c5.Send($msg)

# pickup directory: no network
$c6 = New-Object Net.Mail.SmtpClient
$c6.DeliveryMethod = 'SpecifiedPickupDirectory'
$c6.PickupDirectoryLocation = 'C:\mail\pickup'
$c6.Send($msg)
$c7 = [Net.Mail.SmtpClient]::new('relay.contoso.com')
$c7.DeliveryMethod = [System.Net.Mail.SmtpDeliveryMethod]::SpecifiedPickupDirectory
$c7.PickupDirectoryLocation = 'D:\drop'
$c7.Send($msg)

# credentials present: MAIL002 territory
$c8 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
$c8.Credentials = (Get-Credential).GetNetworkCredential()
$c8.Send($msg)
$c9 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 25)
$c9.UseDefaultCredentials = $true
$c9.Send($msg)

# EnableSsl from a parameter: unknown
$c10 = New-Object Net.Mail.SmtpClient('relay.contoso.com', 587)
$c10.EnableSsl = $EnableTls
$c10.Send($msg)

# escapes to a function before Send
$c11 = New-Object Net.Mail.SmtpClient('relay.contoso.com')
Initialize-SmtpClient $c11
$c11.Send($msg)

# not constructed here
$pooled = Get-PooledSmtpClient
$pooled.Send($msg)

# MailKit with TLS, or None on loopback
$mime = [MimeKit.MimeMessage]::new()
$mime.From.Add([MimeKit.MailboxAddress]::new('', 'bot@contoso.com'))
$mime.To.Add([MimeKit.MailboxAddress]::new('', 'ops@contoso.com'))
$mk1 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk1.Connect('relay.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk1.Send($mime)
$mk2 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk2.Connect('localhost', 25, [MailKit.Security.SecureSocketOptions]::None)
$mk2.Send($mime)
