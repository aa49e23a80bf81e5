# expect-none: TLS003
# The dot-sourced helper enables TLS 1.2 at its script level.
. "$PSScriptRoot\lib_tls.ps1"

$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Helper' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
