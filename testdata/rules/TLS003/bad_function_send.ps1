# TLS003: a send inside a function that is never called, and no TLS 1.2 line
# anywhere (reported with reachable = false by default).
function Send-Alert {
    param([string]$Text, [pscredential]$Credential)
    Send-MailMessage -To oncall@contoso.com -From monitor@contoso.com -Subject 'Alert' -Body $Text -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential   # expect: TLS003
}
