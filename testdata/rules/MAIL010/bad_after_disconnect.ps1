# The session is closed before the last send.
Connect-MgGraph -ClientId $env:APP_ID -TenantId $env:TENANT_ID -CertificateThumbprint $env:THUMB -NoWelcome
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $first
Disconnect-MgGraph | Out-Null
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $second   # expect: MAIL010
