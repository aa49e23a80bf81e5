#Requires -Version 7
# TLS005: -SkipCertificateCheck on the web cmdlets, in every call shape.

Invoke-WebRequest -Uri 'https://mail.contoso.com/owa/healthcheck.htm' -SkipCertificateCheck   # expect: TLS005
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/status' -SkipCertificateCheck:$true   # expect: TLS005
irm -Uri 'https://api.contoso.com/v1/users' -SkipCertificateCheck   # expect: TLS005
iwr 'https://www.example.com/' -SkipCertificateCheck   # expect: TLS005

$request = @{
    Uri                  = 'https://api.contoso.com/v1/export'
    Method               = 'Post'
    Body                 = '{}'
    ContentType          = 'application/json'
    SkipCertificateCheck = $true
}
Invoke-RestMethod @request   # expect: TLS005

# expect-next-line: TLS005
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/mail' `
    -Method Post `
    -SkipCertificateCheck `
    -Body '{}'

# Default parameter values turn the switch on for every later call.
$PSDefaultParameterValues['Invoke-RestMethod:SkipCertificateCheck'] = $true   # expect: TLS005
$PSDefaultParameterValues.Add('Invoke-*:SkipCertificateCheck', $true)   # expect: TLS005
$PSDefaultParameterValues = @{
    'Invoke-WebRequest:SkipCertificateCheck' = $true   # expect: TLS005
    'Invoke-WebRequest:UseBasicParsing'      = $true
}
