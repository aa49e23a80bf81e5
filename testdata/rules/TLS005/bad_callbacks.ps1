# TLS005: ServerCertificateValidationCallback script blocks and delegates that return $true on every path.

[Net.ServicePointManager]::ServerCertificateValidationCallback = { return $true }   # expect: TLS005
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($a, $b, $c, $d) $true }   # expect: TLS005
[net.servicepointmanager]::servercertificatevalidationcallback = { $TRUE }   # expect: TLS005
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = [System.Net.Security.RemoteCertificateValidationCallback]{ $true }   # expect: TLS005

[Net.ServicePointManager]::ServerCertificateValidationCallback = {   # expect: TLS005
    param($source, $certificate, $chain, $policyErrors)
    Write-Verbose "Accepting certificate $($certificate.Subject)"
    return $true
}

[Net.ServicePointManager]::ServerCertificateValidationCallback = {   # expect: TLS005
    param($source, $certificate, $chain, $policyErrors)
    if ($policyErrors -eq [Net.Security.SslPolicyErrors]::None) {
        return $true
    }
    # "temporary" workaround for the lab relay
    return $true
}

$smtp = New-Object System.Net.Mail.SmtpClient('smtp.contoso.com', 587)
$smtp.EnableSsl = $true
$smtp.Send('reports@contoso.com', 'ops@contoso.com', 'Test', 'Body')
