# TLS004: the hard pin reached through a variable, a guard, a try block and a function.

$tls = [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol = $tls   # expect: TLS004

if ($PSVersionTable.PSVersion.Major -lt 6) {
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12   # expect: TLS004
}

try {
    [Net.ServicePointManager]::SecurityProtocol = 'Tls12'   # expect: TLS004
}
catch {
    Write-Warning "TLS 1.2 is not available: $_"
}

function Set-ModernTls {
    [Net.ServicePointManager]::SecurityProtocol = 3072   # expect: TLS004
}
Set-ModernTls
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Pinned' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)
