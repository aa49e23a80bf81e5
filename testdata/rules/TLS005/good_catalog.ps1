# expect-none: TLS005
[Net.ServicePointManager]::ServerCertificateValidationCallback = $null
[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c, $ch, $e) $e -eq [Net.Security.SslPolicyErrors]::None }
