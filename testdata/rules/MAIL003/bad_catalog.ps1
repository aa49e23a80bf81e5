Send-MailMessage -To ops@contoso.com -From bot@contoso.com -Subject 'nightly' -SmtpServer relay.contoso.com   # expect: MAIL003
$s = [System.Net.Mail.SmtpClient]::new('relay.contoso.com')
$s.Send('bot@contoso.com', 'ops@contoso.com', 'nightly', 'ok')   # expect: MAIL003
