# expect-none: MAIL001
# Send-MailMessage is redirected with New-Alias (positional form) before any call.
function Write-MailStub {
    param([string[]] $To, [string] $From, [string] $Subject, [string] $SmtpServer)
    Write-Output "mail to $($To -join ', ') suppressed: $Subject"
}
New-Alias Send-MailMessage Write-MailStub
if ($env:SEND_REPORT -eq '1') {
    Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'test run' -SmtpServer 'relay.contoso.com'
}
