# expect-none: TLS003
# Sends without STARTTLS are not TLS003's business (MAIL002/MAIL003 cover them).
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Internal relay' -SmtpServer relay.contoso.com
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Explicitly off' -SmtpServer relay.contoso.com -UseSsl:$false

$plain = @{
    To         = 'ops@contoso.com'
    From       = 'reports@contoso.com'
    Subject    = 'Splat without TLS'
    SmtpServer = 'relay.contoso.com'
    UseSsl     = $false
}
Send-MailMessage @plain

$smtp = New-Object System.Net.Mail.SmtpClient('relay.contoso.com', 25)
$smtp.Send('reports@contoso.com', 'ops@contoso.com', 'No EnableSsl', 'Body')

$smtp2 = New-Object System.Net.Mail.SmtpClient('relay.contoso.com', 25)
$smtp2.EnableSsl = $false
$smtp2.Send('reports@contoso.com', 'ops@contoso.com', 'EnableSsl false', 'Body')

# .Send on objects that are not SmtpClient
$ping = New-Object System.Net.NetworkInformation.Ping
$reply = $ping.Send('relay.contoso.com')
$udp = New-Object System.Net.Sockets.UdpClient
$bytes = [Text.Encoding]::ASCII.GetBytes('heartbeat')
[void]$udp.Send($bytes, $bytes.Length, 'logs.contoso.com', 514)
