#Requires -Version 7
# TLS002 (note level): web cmdlets with -SslProtocol including Tls or Tls11.

Invoke-WebRequest -Uri 'https://legacy.contoso.com/status' -SslProtocol Tls11   # expect: TLS002
Invoke-RestMethod -Uri 'https://legacy.contoso.com/api/items' -SslProtocol Tls, Tls12   # expect: TLS002
Invoke-RestMethod -Uri 'https://legacy.contoso.com/api/users' -SslProtocol:'Tls,Tls11,Tls12'   # expect: TLS002

$request = @{
    Uri         = 'https://legacy.contoso.com/api/export'
    Method      = 'Get'
    SslProtocol = 'Tls11'
}
Invoke-RestMethod @request   # expect: TLS002
