# MAIL003: host taken from $PSEmailServer, or not known at all.
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'no host anywhere in this file yet'   # expect: MAIL003

$global:PSEmailServer = 'relay.contoso.com'
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'global PSEmailServer'   # expect: MAIL003

# a dot-sourced settings file may set $PSEmailServer to anything: unknown host, the finding stays (as a note)
. "$PSScriptRoot\mail-settings.ps1"
Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'after dot-sourcing'   # expect: MAIL003
