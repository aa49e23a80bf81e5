# AUTH008: System.Net.Mail.SmtpClient, MailKit and EWS with user name and password against
# Exchange Online. SmtpClient: result on the .Send*() call; MailKit: on Authenticate;
# EWS: on the assignment of WebCredentials to the service.

$relayCred = Get-AutomationPSCredential -Name 'SmtpRelay'

# System.Net.Mail.SmtpClient.
$smtp = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $relayCred.GetNetworkCredential()
$smtp.Send('svc@contoso.com', 'ops@contoso.com', 'Nightly', 'All jobs finished.')   # expect: AUTH008

$smtp2 = [System.Net.Mail.SmtpClient]::new()
$smtp2.Host = 'smtp.office365.com'
$smtp2.Port = 587
$smtp2.EnableSsl = $true
$smtp2.Credentials = New-Object System.Net.NetworkCredential($relayCred.UserName, $relayCred.Password)
$message = New-Object System.Net.Mail.MailMessage('svc@contoso.com', 'ops@contoso.com', 'Weekly', 'Summary attached.')
$smtp2.Send($message)   # expect: AUTH008

# MailKit SMTP: Authenticate(string, string) and Authenticate(ICredentials).
$mk = [MailKit.Net.Smtp.SmtpClient]::new()
$mk.Connect('smtp.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk.Authenticate($relayCred.UserName, $relayCred.GetNetworkCredential().Password)   # expect: AUTH008
$mk.Disconnect($true)

$mk2 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk2.Connect('smtp.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk2.Authenticate($relayCred.GetNetworkCredential())   # expect: AUTH008
$mk2.Disconnect($true)

# MailKit IMAP and POP3 against outlook.office365.com.
$imap = [MailKit.Net.Imap.ImapClient]::new()
$imap.Connect('outlook.office365.com', 993, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$imap.Authenticate($relayCred.UserName, $relayCred.GetNetworkCredential().Password)   # expect: AUTH008

$pop = New-Object MailKit.Net.Pop3.Pop3Client
$pop.Connect('outlook.office365.com', 995, $true)
$pop.Authenticate($relayCred.UserName, $relayCred.GetNetworkCredential().Password)   # expect: AUTH008

# EWS WebCredentials with an Exchange Online EWS URL.
$ews = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$ews.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
$ews.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($relayCred.UserName, $relayCred.GetNetworkCredential().Password)   # expect: AUTH008

# EWS URL given through New-Object Uri($variable), set after the credentials, in a function.
function Import-Contacts {
    param([string]$Username, [string]$Password)
    $svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
    $svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($Username, $Password)   # expect: AUTH008
    $ewsUrl = 'https://outlook.office365.com/ews/exchange.asmx'
    $svc.Url = New-Object Uri($ewsUrl)
}
