# expect-none: AUTH008
# No user/password authentication to an Exchange Online host.

$relayCred = Get-AutomationPSCredential -Name 'SmtpRelay'

# Exchange Online host without -Credential (MAIL003/TLS003 territory, not AUTH008).
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.office365.com -Port 587 -UseSsl

# Direct send / MX endpoint is not an SMTP AUTH host.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer contoso-com.mail.protection.outlook.com -Port 25 -UseSsl -Credential $relayCred

# Look-alike host names.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.office365.com.example.com -UseSsl -Credential $relayCred
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer smtp.example.com -UseSsl -Credential $relayCred

# Explicit -SmtpServer wins over $PSEmailServer.
$PSEmailServer = 'smtp.office365.com'
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer relay.contoso.com -UseSsl -Credential $relayCred

# Host unknown (function parameter).
function Send-Alert {
    param([string]$Server, [pscredential]$Credential)
    Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Alert' -SmtpServer $Server -UseSsl -Credential $Credential
}

# Microsoft Graph.
Connect-MgGraph -Identity -NoWelcome
$graphMessage = @{ message = @{ subject = 'Nightly'; body = @{ contentType = 'Text'; content = 'done' }; toRecipients = @(@{ emailAddress = @{ address = 'ops@contoso.com' } }) } }
Send-MgUserMail -UserId svc@contoso.com -BodyParameter $graphMessage

# MailKit IMAP with OAuth2.
$imap = [MailKit.Net.Imap.ImapClient]::new()
$imap.Connect('outlook.office365.com', 993, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$imap.Authenticate([MailKit.Security.SaslMechanismOAuth2]::new('svc@contoso.com', $accessToken))

# EWS with OAuth against Exchange Online, and WebCredentials against on-premises Exchange.
$ews = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$ews.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
$ews.Credentials = [Microsoft.Exchange.WebServices.Data.OAuthCredentials]::new($accessToken)
$ewsOnPrem = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$ewsOnPrem.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'
$ewsOnPrem.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($relayCred.UserName, $relayCred.GetNetworkCredential().Password)

# A local function named Send-MailMessage, defined before the call, is not the cmdlet.
function Send-MailMessage {
    param($To, $From, $Subject, $SmtpServer, $Credential)
    Send-MgUserMail -UserId $From -BodyParameter @{ message = @{ subject = $Subject; toRecipients = @(@{ emailAddress = @{ address = $To } }) } }
}
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Wrapped' -SmtpServer smtp.office365.com -Credential $relayCred
