# Send-Smtp is defined in lib\smtp.ps1, which lib\mail.ps1 dot-sources.
. (Join-Path $PSScriptRoot '..\lib\mail.ps1')
Send-Smtp -To 'team@contoso.example' -Body 'direct'
