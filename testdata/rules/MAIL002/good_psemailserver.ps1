# expect-none: MAIL002
# $PSEmailServer points to a loopback relay for every call without -SmtpServer.
$cred = Get-Credential
$PSEmailServer = 'localhost'
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'local relay' -Credential $cred
$global:PSEmailServer = '127.0.0.1'
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'global scope' -Credential $cred
Set-Variable -Name PSEmailServer -Value '::1'
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'Set-Variable' -Credential $cred
