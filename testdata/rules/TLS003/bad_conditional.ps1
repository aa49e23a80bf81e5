# TLS003: writes that do not ensure TLS 1.2 on every path to the send.
param([switch]$ModernTls)
$cred = Get-Credential

# A write under a condition the analyzer cannot decide covers only that branch.
if ($ModernTls) {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Maybe covered' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred   # expect: TLS003
