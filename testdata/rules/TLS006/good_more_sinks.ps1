# expect-none: TLS006
# The legacy host outside SMTP sinks, other hosts, and values that are not known.
param([bool]$AllowLegacy, [string]$Server = 'smtp.office365.com')

# A TCP reachability test is not a mail sink.
$tcp = New-Object System.Net.Sockets.TcpClient
$tcp.Connect('smtp-legacy.office365.com', 587)
$tcp.Close()

# Look-alike hosts and variables.
$PSEmailServerBackup = 'smtp-legacy.office365.com'
Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject 'Relay' -SmtpServer smtp-legacy.contoso.com -Port 25
Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject 'Param' -SmtpServer $Server -Port 587 -UseSsl
Set-Variable -Name PSEmailServer -Value smtp.office365.com

# The SmtpClient variable is reused for another object before .Host is set.
$client = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
$client = [pscustomobject]@{ Host = '' }
$client.Host = 'smtp-legacy.office365.com'

# The tenant setting comes from the caller; a string is refused by a [bool] parameter.
Set-TransportConfig -AllowLegacyTLSClients $AllowLegacy
Set-TransportConfig -AllowLegacyTLSClients 0
Set-TransportConfig -AllowLegacyTLSClients:$false -SmtpClientAuthenticationDisabled $true

# A function of our own with the same parameter name.
function Set-TransportConfig { param([bool]$AllowLegacyTLSClients) "would set $AllowLegacyTLSClients" }
Set-TransportConfig -AllowLegacyTLSClients $true

$PSDefaultParameterValues['Send-MailMessage:SmtpServer'] = 'smtp.office365.com'
$PSDefaultParameterValues['Test-NetConnection:ComputerName'] = 'smtp-legacy.office365.com'
