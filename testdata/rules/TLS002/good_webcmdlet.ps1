#Requires -Version 7
# expect-none: TLS002
# -SslProtocol values without Tls/Tls11, and look-alike parameters on other commands.

Invoke-WebRequest -Uri 'https://www.example.com/' -SslProtocol Tls12
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/items' -SslProtocol Tls12, Tls13
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/users' -SslProtocol Tls13
Invoke-WebRequest -Uri 'https://www.example.com/' -SslProtocol Default
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/health'

function Test-ContosoEndpoint {
    param([string]$Uri, [string]$SslProtocol)
    "$Uri would use $SslProtocol"
}
Test-ContosoEndpoint -Uri 'https://legacy.contoso.com/' -SslProtocol Tls11
