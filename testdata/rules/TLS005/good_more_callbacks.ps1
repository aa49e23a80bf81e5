# expect-none: TLS005
# Callbacks that reject on some path, callbacks whose result is not known, and look-alikes.

# Throwing rejects the certificate.
[Net.ServicePointManager]::ServerCertificateValidationCallback = {
    param($sender, $certificate, $chain, $sslPolicyErrors)
    if ($sslPolicyErrors -ne 'None') { throw "Certificate rejected: $sslPolicyErrors" }
    $true
}
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c, $ch, $e) return $e -eq 'None' }
[Net.ServicePointManager]::ServerCertificateValidationCallback = { }
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c, $ch, $e) $false }
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c, $ch, $e) -not $true }

# The result depends on the caller's choice: not known statically.
function Set-CertificateCheck {
    param([bool]$IgnoreCert)
    [Net.ServicePointManager]::ServerCertificateValidationCallback = { $IgnoreCert }
}

# A return inside a loop is not followed: no finding.
$pins = @('A1B2C3D4E5F60718293A4B5C6D7E8F9012345678')
[Net.ServicePointManager]::ServerCertificateValidationCallback = {
    param($s, $cert, $chain, $e)
    foreach ($pin in $pins) {
        if ($cert.GetCertHashString() -eq $pin) { return $true }
    }
    $false
}

# Script blocks that return $true but are not certificate callbacks.
Get-ChildItem | Where-Object { $true }
$filter = { $true }
$handler = [System.Net.Http.HttpClientHandler]::new()
$handler.CheckCertificateRevocationList = $true
$imap = [MailKit.Net.Imap.ImapClient]::new()
$imap.CheckCertificateRevocation = $true
[scriptblock]::Create('$args[0] -eq "None"') | Out-Null
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$svc.AutodiscoverUrl('ops@contoso.com', { param($url) $url.StartsWith('https://autodiscover.contoso.com/') })

# An SslStream used only to fetch the server's certificate for inspection.
$tcp = [Net.Sockets.TcpClient]::new('mail.contoso.com', 443)
$probe = New-Object System.Net.Security.SslStream($tcp.GetStream(), $false, { $true })
$probe.AuthenticateAsClient('mail.contoso.com')
$cert = [Security.Cryptography.X509Certificates.X509Certificate2]::new($probe.RemoteCertificate)
"{0} expires {1}" -f $cert.Subject, $cert.NotAfter
if ($null -ne $probe) { $probe.Dispose() }
