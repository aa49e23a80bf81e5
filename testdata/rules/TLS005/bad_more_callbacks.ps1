# TLS005: more callback shapes that accept every certificate.

# Through a variable, and with += (a $null callback plus a script block is the block).
$acceptAll = { $true }
[Net.ServicePointManager]::ServerCertificateValidationCallback = $acceptAll   # expect: TLS005
[Net.ServicePointManager]::ServerCertificateValidationCallback += { $true }   # expect: TLS005

# Built from a string.
[Net.ServicePointManager]::ServerCertificateValidationCallback = [scriptblock]::Create('$true')   # expect: TLS005

# Logging or checking without acting on the result still returns $true.
[Net.ServicePointManager]::ServerCertificateValidationCallback = {   # expect: TLS005
    param($sender, $certificate, $chain, $sslPolicyErrors)
    if ($sslPolicyErrors -ne [Net.Security.SslPolicyErrors]::None) {
        Write-Warning "Ignoring certificate errors for $($certificate.Subject): $sslPolicyErrors"
    }
    $true
}
# A delegate returns everything the block writes: a check followed by $true is an array of two items, which is true.
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c, $ch, $e) $e -eq 'None'; $true }   # expect: TLS005
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c, $ch, $e) $e -eq 'None' -or $true }   # expect: TLS005
[Net.ServicePointManager]::ServerCertificateValidationCallback = { 1 }   # expect: TLS005

# Per-request callback of HttpWebRequest (.NET Framework 4.5+).
$request = [Net.WebRequest]::Create('https://mail.contoso.com/ews/exchange.asmx')
$request.ServerCertificateValidationCallback = { $true }   # expect: TLS005

# HttpClientHandler (PowerShell 7).
$handler = [System.Net.Http.HttpClientHandler]::new()
$handler.ServerCertificateCustomValidationCallback = [System.Net.Http.HttpClientHandler]::DangerousAcceptAnyServerCertificateValidator   # expect: TLS005
$handler.ServerCertificateCustomValidationCallback = { param($message, $cert, $chain, $errors) return $true }   # expect: TLS005

# MailKit client built from a property hashtable.
$smtp = [MailKit.Net.Smtp.SmtpClient]@{ ServerCertificateValidationCallback = { $true } }   # expect: TLS005

# SslStream that sends data over an unchecked connection.
$tcp = [Net.Sockets.TcpClient]::new('mail.contoso.com', 465)
$ssl = New-Object System.Net.Security.SslStream($tcp.GetStream(), $false, { $true })   # expect: TLS005
$ssl.AuthenticateAsClient('mail.contoso.com')
$writer = [IO.StreamWriter]::new($ssl)
$writer.WriteLine('EHLO client.contoso.com')

# Inside a function that is never called: still reported.
function Disable-CertificateCheck {
    [Net.ServicePointManager]::ServerCertificateValidationCallback = { return $true }   # expect: TLS005
}
