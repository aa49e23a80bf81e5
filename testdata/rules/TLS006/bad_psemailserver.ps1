# TLS006: the default SMTP server for Send-MailMessage set to the legacy endpoint.
$PSEmailServer = 'smtp-legacy.office365.com'   # expect: TLS006
$global:PSEmailServer = "smtp-legacy.office365.com"   # expect: TLS006
