# expect-none: TLS003
# Sends under a Core-only guard need no TLS line; the Desktop branch sets it.
$cred = Get-Credential
if ($PSVersionTable.PSEdition -eq 'Core') {
    Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Core branch' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
}
else {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Desktop branch' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
}

if ($IsCoreCLR) {
    Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'CoreCLR only' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
}
