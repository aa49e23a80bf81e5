# expect-none: MAIL002
# Send-MailMessage calls with a credential that are protected, local, or not statically decidable.
param(
    [switch] $UseSsl,
    [pscredential] $Credential
)
$cred = Get-Credential

# -UseSsl in its spellings
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'switch' -SmtpServer mail.contoso.com -UseSsl -Credential $cred
send-mailmessage -to ops@contoso.com -from svc-mail@contoso.com -subject 'lower case' -smtpserver mail.contoso.com -usessl -cred $cred
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'explicit true' -SmtpServer mail.contoso.com -UseSsl:$true -Credential $cred

# switch value from a parameter: unknown, so no finding
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'forwarded switch' -SmtpServer mail.contoso.com -UseSsl:$UseSsl -Credential $Credential

# loopback hosts
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'localhost' -SmtpServer localhost -Credential $cred
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'upper case' -ComputerName LOCALHOST -Credential $cred
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'IPv4' -SmtpServer 127.0.0.1 -Credential $cred
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject '127/8' -SmtpServer '127.0.0.25' -Credential $cred
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'IPv6' -SmtpServer '::1' -Credential $cred
Send-MailMessage 'ops@contoso.com' 'Positional' 'Body' 'localhost' -From 'svc-mail@contoso.com' -Credential $cred

# splat keys added after the literal
$p1 = @{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; Subject = 'dot'; SmtpServer = 'mail.contoso.com'; Credential = $cred }
$p1.UseSsl = $true
Send-MailMessage @p1

$p2 = @{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; Subject = 'index'; SmtpServer = 'mail.contoso.com' }
$p2['Credential'] = $cred
$p2['UseSsl'] = $true
Send-MailMessage @p2

$p3 = @{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; Subject = 'Add'; SmtpServer = 'mail.contoso.com'; Credential = $cred }
$p3.Add('UseSsl', $true)
Send-MailMessage @p3

$p4 = @{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; Subject = 'plus'; SmtpServer = 'mail.contoso.com'; Credential = $cred }
$p4 += @{ UseSsl = $true }
Send-MailMessage @p4

$p5 = @{ To = 'ops@contoso.com'; From = 'svc-mail@contoso.com'; Subject = 'loopback alias key'; ComputerName = 'localhost'; Credential = $cred }
Send-MailMessage @p5

# splat of unknown content: UseSsl may be in it (MAIL001 still applies, MAIL002 does not)
$settings = Get-MailSettings -Name 'nightly'
Send-MailMessage @settings -Credential $cred
$fromFile = Import-PowerShellDataFile -Path '.\mail.psd1'
Send-MailMessage @fromFile -Subject 'from file'

function Send-Wrapped {
    [CmdletBinding()]
    param([string] $To, [string] $Subject, [string] $SmtpServer, [pscredential] $Credential, [switch] $UseSsl)
    Send-MailMessage @PSBoundParameters -From 'svc-mail@contoso.com'
}
Send-Wrapped -To 'ops@contoso.com' -Subject 'wrapper' -SmtpServer 'mail.contoso.com' -Credential $cred -UseSsl

# -P is ambiguous (Port, Priority, PsPath, PipelineVariable...): PowerShell refuses the call
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'ambiguous' -SmtpServer mail.contoso.com -Credential $cred -P 25

# no credential at all: MAIL003 territory, not MAIL002
Send-MailMessage -To ops@contoso.com -From svc-mail@contoso.com -Subject 'anonymous relay' -SmtpServer relay.contoso.com

# mentions only
# Send-MailMessage -SmtpServer mail.contoso.com -Credential $cred
Write-Host 'Never call Send-MailMessage -Credential without -UseSsl'
Get-Help Send-MailMessage -Parameter Credential
Mock Send-MailMessage { } -ParameterFilter { $Credential -ne $null }
