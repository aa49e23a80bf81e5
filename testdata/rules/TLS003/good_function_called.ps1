# expect-none: TLS003
# TLS 1.2 is enabled inside a function that is called before the send.
function Enable-Tls12 {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}

function Initialize-Mail {
    param([string]$Server)
    Enable-Tls12
    Write-Verbose "Mail relay: $Server"
}

Initialize-Mail -Server smtp.office365.com
$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Nested call' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
