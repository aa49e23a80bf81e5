# expect-none: MAIL004
# Uses of System.Net.Mail that do not construct an SmtpClient, and other SmtpClient types.
param(
    [Net.Mail.SmtpClient] $Client,
    [string] $TypeName
)

# MailKit's SmtpClient is a different type
$mk1 = [MailKit.Net.Smtp.SmtpClient]::new()
$mk2 = New-Object MailKit.Net.Smtp.SmtpClient
$mk3 = New-Object -TypeName 'MailKit.Net.Smtp.SmtpClient'

# other System.Net.Mail types
$addr = [System.Net.Mail.MailAddress]::new('Ops <ops@contoso.com>')
$valid = [Net.Mail.MailAddress]::TryCreate('ops@contoso.com', [ref] $null)
$msg = New-Object Net.Mail.MailMessage('bot@contoso.com', 'ops@contoso.com', 'subject', 'body')
$att = New-Object System.Net.Mail.Attachment('C:\reports\daily.csv')
$method = [Net.Mail.SmtpDeliveryMethod]::SpecifiedPickupDirectory

# the type named but not constructed
if ($Client -is [System.Net.Mail.SmtpClient]) { $Client.Dispose() }
$asm = [System.Net.Mail.SmtpClient].Assembly.Location
$overloads = [System.Net.Mail.SmtpClient]::new
Get-Member -InputObject $Client -MemberType Method
try {
    Send-MgUserMail -UserId 'bot@contoso.com' -Message @{ subject = 'x' }
} catch [System.Net.Mail.SmtpFailedRecipientException] {
    Write-Warning 'recipient rejected'
}

# unknown type name
$unknown = New-Object -TypeName $TypeName

# the cmdlet uses SmtpClient internally, but no construction is written here (MAIL001 covers it)
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'cmdlet' -SmtpServer relay.contoso.com -UseSsl

# strings, here-strings and comments
# $c = New-Object System.Net.Mail.SmtpClient('relay.contoso.com')
Write-Host 'System.Net.Mail.SmtpClient is not recommended for new development'
$snippet = @'
$c = [Net.Mail.SmtpClient]::new('relay.contoso.com')
'@
