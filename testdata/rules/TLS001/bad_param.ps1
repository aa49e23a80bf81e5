# TLS001: a parameter whose default is a weak-only value (medium confidence).
[CmdletBinding()]
param(
    [string]$Protocol = 'Tls',
    [string]$SmtpServer = 'smtp.contoso.com'
)

[Net.ServicePointManager]::SecurityProtocol = $Protocol   # expect: TLS001
Send-MailMessage -To ops@contoso.com -From jobs@contoso.com -Subject 'Status' -SmtpServer $SmtpServer -UseSsl
