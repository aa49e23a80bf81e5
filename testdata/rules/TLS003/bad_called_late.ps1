# TLS003: the function that enables TLS 1.2 is called only after the send.
function Initialize-Transport {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}

function Send-Report {
    param([pscredential]$Credential)
    Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Report' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential   # expect: TLS003
}

$cred = Get-Credential
Send-Report -Credential $cred
Initialize-Transport
