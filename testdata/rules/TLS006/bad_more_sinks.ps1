# TLS006: more mail sinks pointed at the legacy endpoint, and more ways to opt the tenant in.
$cred = Get-Credential

# System.Net.Mail.SmtpClient: constructor argument, property hashtable, Host property.
$client = New-Object System.Net.Mail.SmtpClient('smtp-legacy.office365.com', 587)   # expect: TLS006
$legacy = 'smtp-legacy.office365.com'
$client2 = [System.Net.Mail.SmtpClient]::new($legacy, 587)   # expect: TLS006
$client3 = New-Object Net.Mail.SmtpClient -Property @{ Host = 'smtp-legacy.office365.com'; Port = 587; EnableSsl = $true }   # expect: TLS006
$client4 = New-Object Net.Mail.SmtpClient
$client4.Host = 'smtp-legacy.office365.com'   # expect: TLS006
$client4.Port = 587
$client4.EnableSsl = $true
$client4.Credentials = $cred.GetNetworkCredential()
$client4.Send('scanner@contoso.com', 'ops@contoso.com', 'Scan', 'Body')

# $PSEmailServer through Set-Variable.
Set-Variable -Name PSEmailServer -Value 'smtp-legacy.office365.com' -Scope Global   # expect: TLS006

# A parameter's default is what the script uses unless the caller passes another host.
function Send-ScanReport {
    param([string]$SmtpServer = 'smtp-legacy.office365.com', [pscredential]$Credential)
    Send-MailMessage -To ops@contoso.com -From scanner@contoso.com -Subject 'Scan' -SmtpServer $SmtpServer -Port 587 -UseSsl -Credential $Credential   # expect: TLS006
}

# MailKit client handed in from elsewhere: recognised by SecureSocketOptions.
function Send-WithMailKit {
    param($Client, $Message)
    $Client.Connect('smtp-legacy.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)   # expect: TLS006
    $Client.Send($Message)
}

# CDO's smtpserver field.
$cdo = New-Object -ComObject CDO.Message
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserver') = 'smtp-legacy.office365.com'   # expect: TLS006

# Set-TransportConfig with a number, and with a variable.
Set-TransportConfig -AllowLegacyTLSClients 1   # expect: TLS006
$enableLegacy = $true
Set-TransportConfig -AllowLegacyTLSClients $enableLegacy   # expect: TLS006

# Default parameter values for Send-MailMessage.
$PSDefaultParameterValues['Send-MailMessage:SmtpServer'] = 'smtp-legacy.office365.com'   # expect: TLS006
