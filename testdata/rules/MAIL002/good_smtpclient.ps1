# expect-none: MAIL002
# SmtpClient / MailKit / CDO with credentials where the session is protected, local, or unknown.
param(
    [bool] $EnableTls,
    [Net.Mail.SmtpClient] $InjectedClient
)
$cred = Get-Credential
$msg = New-Object Net.Mail.MailMessage('svc-mail@contoso.com', 'ops@contoso.com', 'Report', 'text')

# EnableSsl set after construction
$c1 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
$c1.EnableSsl = $true
$c1.Credentials = $cred.GetNetworkCredential()
$c1.Send($msg)

# EnableSsl in -Property
$c2 = New-Object Net.Mail.SmtpClient -Property @{ Host = 'mail.contoso.com'; Port = 587; EnableSsl = $true; Credentials = $cred.GetNetworkCredential() }
$c2.SendMailAsync($msg).Wait()

# loopback hosts
$c3 = [Net.Mail.SmtpClient]::new('localhost', 25)
$c3.UseDefaultCredentials = $true
$c3.Send($msg)
$c4 = [System.Net.Mail.SmtpClient]::new('127.0.0.1')
$c4.Credentials = $cred.GetNetworkCredential()
$c4.Send($msg)
$c5 = New-Object Net.Mail.SmtpClient('::1', 2525)
$c5.Credentials = $cred.GetNetworkCredential()
$c5.Send($msg)

# pickup directory: writes .eml files, no network (enum and string forms)
$c6 = New-Object Net.Mail.SmtpClient('mail.contoso.com')
$c6.UseDefaultCredentials = $true
$c6.DeliveryMethod = [Net.Mail.SmtpDeliveryMethod]::SpecifiedPickupDirectory
$c6.PickupDirectoryLocation = 'C:\mail\pickup'
$c6.Send($msg)
$c7 = [Net.Mail.SmtpClient]@{ DeliveryMethod = 'SpecifiedPickupDirectory'; PickupDirectoryLocation = 'D:\drop'; UseDefaultCredentials = $true }
$c7.Send($msg)

# EnableSsl from a parameter: unknown
$c8 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
$c8.EnableSsl = $EnableTls
$c8.Credentials = $cred.GetNetworkCredential()
$c8.Send($msg)

# the client escapes to a function before Send: state unknown
$c9 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
$c9.Credentials = $cred.GetNetworkCredential()
Set-MailTransportDefaults -Client $c9
$c9.Send($msg)

# clients that were not constructed here
$InjectedClient.Send($msg)
$fromFactory = New-MailClient -Profile 'nightly'
$fromFactory.Send($msg)

# no credentials at all (MAIL003 territory)
$c10 = New-Object Net.Mail.SmtpClient('relay.contoso.com', 25)
$c10.UseDefaultCredentials = $false
$c10.Send($msg)

# MailKit with mandatory TLS
$mk1 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk1.Connect('mail.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk1.Authenticate($cred.UserName, $cred.GetNetworkCredential().Password)
$mk2 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk2.Connect('mail.contoso.com', 465, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$mk2.Authenticate($cred.GetNetworkCredential())
$mk3 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk3.Connect('localhost', 25, [MailKit.Security.SecureSocketOptions]::None)
$mk3.Authenticate($cred.UserName, $cred.GetNetworkCredential().Password)

# CDO with smtpusessl on
$cdo = New-Object -ComObject CDO.Message
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendusing') = 2
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserver') = 'mail.contoso.com'
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserverport') = 587
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpusessl') = $true
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpauthenticate') = 1
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendusername') = $cred.UserName
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendpassword') = $cred.GetNetworkCredential().Password
$cdo.Configuration.Fields.Update()
$cdo.Send()
