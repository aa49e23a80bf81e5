# AUTH008 fixture taken from the rule catalog (rules.md, section G).
$PSEmailServer = 'smtp.office365.com'
Send-MailMessage -To a@contoso.com -From svc@contoso.com -Subject s -Port 587 -UseSsl -Credential $cred   # expect: AUTH008
