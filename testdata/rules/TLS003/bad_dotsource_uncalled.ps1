# TLS003: the dot-sourced helper only defines Enable-MailTls12; it is never called.
. "$PSScriptRoot\lib_tlsfunc.ps1"

$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Helper not called' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
