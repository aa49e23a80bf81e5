# expect-none: MAIL010
# A dot-sourced file whose path is computed may connect: not reported.
. (Join-Path $PSScriptRoot $ConnectScript)
Send-MgUserMail -UserId 'jobs@contoso.com' -Message $message
