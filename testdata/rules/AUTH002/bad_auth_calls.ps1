# AUTH002: the literal reaches an authenticating call or object directly (no PSCredential
# in between), so the result is on that call (rules.md AUTH002 trigger list).

# EWS WebCredentials(user, password).
$ews = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$ews.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials('svc@contoso.com', 'Coral-Vane#5150')   # expect: AUTH002
$ews.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'

# MailKit Authenticate(user, password), literal and through a variable.
$mk = [MailKit.Net.Smtp.SmtpClient]::new()
$mk.Connect('mail.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk.Authenticate('svc@contoso.com', 'Brass-Comet#8080')   # expect: AUTH002
$mk.Disconnect($true)

$imapPlain = 'Indigo-Reef#2718'
$imap = [MailKit.Net.Imap.ImapClient]::new()
$imap.Connect('imap.contoso.com', 993, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$imap.Authenticate('svc@contoso.com', $imapPlain)   # expect: AUTH002

# Connect-MgGraph -ClientSecretCredential with the credential built in the argument.
Connect-MgGraph -TenantId contoso.onmicrosoft.com -ClientSecretCredential ([pscredential]::new('00000000-0000-0000-0000-0000000b0b01', (ConvertTo-SecureString 'kQ8~Sleet.Harrow-4471' -AsPlainText -Force))) -NoWelcome   # expect: AUTH002

# Literal access tokens.
Connect-ExchangeOnline -AccessToken 'eyJhbGciOiJub25lIn0.eyJhdWQiOiJmaXh0dXJlIn0.Fixture-Sig-7731' -Organization contoso.onmicrosoft.com -UserPrincipalName admin@contoso.com   # expect: AUTH002
Connect-MgGraph -AccessToken (ConvertTo-SecureString 'Fixture-Graph-Token-5521x' -AsPlainText -Force) -NoWelcome   # expect: AUTH002

# CDO sendpassword field.
$cdo = New-Object -ComObject CDO.Message
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendusername') = 'svc@contoso.com'
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendpassword') = 'Willow-Cask#4732'   # expect: AUTH002
$cdo.Configuration.Fields.Update()
