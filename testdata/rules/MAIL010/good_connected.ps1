# expect-none: MAIL010
# Connected in script order: directly, in a try block, through a function
# called first, and again after a disconnect.
function Connect-Mailer {
    if (-not (Get-MgContext)) {
        Connect-MgGraph -Identity -NoWelcome
    }
}
function Send-Report([string] $Text) {
    Send-MgUserMail -UserId 'jobs@contoso.com' -BodyParameter @{ message = @{ subject = $Text } }
}
Connect-Mailer
Send-Report -Text 'first'
try {
    Connect-MgGraph -ClientId $env:APP_ID -TenantId $env:TENANT_ID -CertificateThumbprint $env:THUMB -NoWelcome -ErrorAction Stop
} catch {
    throw
}
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $message
Disconnect-MgGraph
Connect-MgGraph -Identity -NoWelcome
Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Body $json
Disconnect-MgGraph
