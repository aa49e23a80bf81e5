# Golden input for the SARIF writer: a nightly report sent the old way.
param([string]$Recipient = 'ops@contoso.com')

$cred = Import-Clixml -Path "$PSScriptRoot\smtp.xml"
$mail = @{
    To         = $Recipient
    From       = 'Reports <reports@contoso.com>'
    Subject    = 'Nightly report'
    SmtpServer = 'smtp.office365.com'
    Port       = 587
}
$mail.UseSsl = $true
Send-MailMessage @mail -Credential $cred -Body 'See the attached log' -Attachments 'C:\logs\nightly.log'

$relay = New-Object System.Net.Mail.SmtpClient('mail.contoso.com', 25)
$relay.UseDefaultCredentials = $true
$relay.Send('reports@contoso.com', $Recipient, 'Relay copy', 'text')
