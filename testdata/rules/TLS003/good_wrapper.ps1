# expect-none: TLS003
# A local function named Send-MailMessage shadows the cmdlet (functions win over
# cmdlets), so these calls are not the built-in SMTP send.
function Send-MailMessage {
    param(
        [string[]]$To,
        [string]$From,
        [string]$Subject,
        [string]$Body,
        [string]$SmtpServer,
        [int]$Port,
        [switch]$UseSsl,
        [pscredential]$Credential
    )
    $message = @{
        subject      = $Subject
        body         = @{ contentType = 'Text'; content = $Body }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
    Send-MgUserMail -UserId $From -Message $message
}

Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Via Graph' -Body 'Hello' -SmtpServer smtp.office365.com -Port 587 -UseSsl
