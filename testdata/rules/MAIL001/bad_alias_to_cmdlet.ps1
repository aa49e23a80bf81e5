# MAIL001: a user alias whose target is the cmdlet still runs the cmdlet.
# The Set-Alias line only names the cmdlet; the finding is on the call through the alias.
Set-Alias -Name Send-Notice -Value Send-MailMessage
Send-Notice -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'via alias' -SmtpServer 'relay.contoso.com'   # expect: MAIL001
