# TLS003 (note level): the dot-sourced path is computed at run time, so the
# analyzer cannot see whether it enables TLS 1.2.
$cfg = Get-Content -Raw -Path "$PSScriptRoot\settings.json" | ConvertFrom-Json
. $cfg.Init

$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Computed init' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
