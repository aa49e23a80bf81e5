# expect-none: MAIL004
# Conversions, casts and shadowed cmdlets that create no System.Net.Mail.SmtpClient.
param(
    [Parameter(Mandatory)] $ExistingClient
)

# casting an existing object is not a construction
$client = [Net.Mail.SmtpClient]$ExistingClient
$clients = [System.Net.Mail.SmtpClient[]]@($ExistingClient)

# the MailKit class through Activator and string conversion
$mk = [Activator]::CreateInstance([MailKit.Net.Smtp.SmtpClient])
$addr = [Net.Mail.MailAddress]'ops@contoso.com'

# New-Object shadowed by a local function
function New-Object { param($TypeName) Write-Output "would create $TypeName" }
New-Object Net.Mail.SmtpClient

# the type as a value, not constructed
$t = [Net.Mail.SmtpClient]
$isClient = $client -as [System.Net.Mail.SmtpClient]
