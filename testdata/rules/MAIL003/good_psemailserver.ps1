# expect-none: MAIL003
# $PSEmailServer points to a loopback relay for every call without -SmtpServer.
$PSEmailServer = 'localhost'
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'local relay'
Set-Variable -Name PSEmailServer -Value '127.0.0.1'
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'Set-Variable'
$global:PSEmailServer = '::1'
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'global, IPv6'
