# expect-none: TLS003
# The send lives in a function defined before the TLS line but called after it.
function Send-Report {
    param([pscredential]$Credential)
    Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Report' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential
}

function Send-Inline {
    param([pscredential]$Credential)
    # the function sets TLS 1.2 itself before its own send
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Inline' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential
}

[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$cred = Get-Credential
Send-Report -Credential $cred
