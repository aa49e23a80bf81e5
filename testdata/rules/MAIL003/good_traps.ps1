# expect-none: MAIL003
# Send-MailMessage calls that use STARTTLS, go to a loopback relay, carry a credential, or cannot be decided.
param(
    [switch] $UseSsl
)

# -UseSsl in its spellings
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'switch' -SmtpServer relay.contoso.com -UseSsl
SEND-MAILMESSAGE -TO ops@contoso.com -FROM bot@contoso.com -SUBJECT 'upper case' -SMTPSERVER relay.contoso.com -USESSL
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'explicit true' -SmtpServer relay.contoso.com -UseSsl:$true
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'forwarded switch' -SmtpServer relay.contoso.com -UseSsl:$UseSsl

# loopback relays
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'localhost' -SmtpServer localhost
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'alias, upper case' -ComputerName LocalHost
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject '127/8' -SmtpServer 127.1.2.3
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'IPv6' -SmtpServer '::1'
Send-MailMessage 'ops@contoso.com' 'Positional' 'Body' '127.0.0.1' -From 'bot@contoso.com'

# with a credential: MAIL002 territory, not MAIL003
$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'credential' -SmtpServer mail.contoso.com -Credential $cred

# splat keys added after the literal
$p1 = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'dot'; SmtpServer = 'relay.contoso.com' }
$p1.UseSsl = $true
Send-MailMessage @p1
$p2 = [ordered]@{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'index' }
$p2['SmtpServer'] = 'relay.contoso.com'
$p2['UseSsl'] = $true
Send-MailMessage @p2
$p3 = @{ To = 'ops@contoso.com'; From = 'bot@contoso.com'; Subject = 'plus'; SmtpServer = 'relay.contoso.com' }
$p3 += @{ UseSsl = $true }
Send-MailMessage @p3

# unknown splats
$settings = Get-MailSettings -Name 'nightly'
Send-MailMessage @settings
function Send-Wrapped {
    [CmdletBinding()]
    param([string] $To, [string] $Subject, [string] $SmtpServer, [switch] $UseSsl)
    Send-MailMessage @PSBoundParameters -From 'bot@contoso.com'
}
Send-Wrapped -To 'ops@contoso.com' -Subject 'wrapper' -SmtpServer 'relay.contoso.com' -UseSsl

# -P is ambiguous: PowerShell refuses the call, so no mail findings for it
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'ambiguous' -SmtpServer relay.contoso.com -P 25

# mentions only
# Send-MailMessage -To ops@contoso.com -SmtpServer relay.contoso.com
$hint = 'Send-MailMessage -SmtpServer relay.contoso.com sends in clear text'
Get-Help Send-MailMessage -Parameter UseSsl
Mock Send-MailMessage { }
