# expect-none: MAIL001
# Mentions of the cmdlet that are not calls of it.

# Send-MailMessage -To 'ops@contoso.com' -SmtpServer relay.contoso.com   (commented out)
<#
    Previous version:
    Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'x'
#>
Write-Host 'Replace Send-MailMessage with Send-MgUserMail'
Write-Warning "Send-MailMessage is obsolete on PowerShell $($PSVersionTable.PSVersion)"
$usage = @'
Usage:
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject test
'@
$template = @"
Send-MailMessage -To $env:USERNAME@contoso.com -Subject report
"@

# hashtable keys, variable names, default-parameter keys and the cmdlet class
$lookup = @{ 'Send-MailMessage' = 'Send-MgUserMail'; SendMailMessage = 'obsolete' }
$SendMailMessage = $true
${Send-MailMessage} = 'a variable, not a command'
$PSDefaultParameterValues['Send-MailMessage:Encoding'] = 'utf8'
$cmdletType = [Microsoft.PowerShell.Commands.SendMailMessage]

# help and discovery
Get-Help Send-MailMessage -Full
Get-Help -Name Send-MailMessage -Parameter UseSsl
help Send-MailMessage -Examples
$cmd = Get-Command -Name Send-MailMessage
(Get-Command Send-MailMessage).Parameters.Keys
Get-Command Send-MailMessage -Syntax
Trace-Command -Name CommandDiscovery -Expression { Get-Command Send-MailMessage } -PSHost

# command text in strings is not analysed by default (analyzeStringCommands: false)
Invoke-Expression 'Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject x'
$sb = [scriptblock]::Create('Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject x')
Start-Process -FilePath 'powershell.exe' -ArgumentList '-NoProfile -Command "Send-MailMessage -To ops@contoso.com"'

# names that merely contain the word
function Send-MailMessageEx {
    param([string] $To, [string] $Subject)
    $message = @{ subject = $Subject; toRecipients = @(@{ emailAddress = @{ address = $To } }) }
    Send-MgUserMail -UserId 'bot@contoso.com' -Message $message
}
Connect-MgGraph -Identity -NoWelcome
Send-MailMessageEx -To 'ops@contoso.com' -Subject 'wrapper with a longer name'

function Invoke-Notifier {
    param([switch] $SendMailMessage)
    if ($SendMailMessage) { Write-Output 'would notify' }
}
Invoke-Notifier -SendMailMessage

# call operator on an unknown value: not resolvable, no finding
function Invoke-ByName {
    param([string] $CommandName)
    & $CommandName -To 'ops@contoso.com'
}
Invoke-ByName -CommandName 'Write-Output'
