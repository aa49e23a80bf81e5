# MAIL002: CDO with basic SMTP authentication (smtpauthenticate = 1) and smtpusessl absent.
# Reported on the Send call.
$cred = Get-Credential
$cdo = New-Object -ComObject CDO.Message
$cdo.From = 'svc-mail@contoso.com'
$cdo.To = 'ops@contoso.com'
$cdo.Subject = 'CDO report'
$cdo.TextBody = 'see share'
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendusing') = 2
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserver') = 'mail.contoso.com'
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserverport') = 25
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpauthenticate') = 1
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendusername') = $cred.UserName
$cdo.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/sendpassword') = $cred.GetNetworkCredential().Password
$cdo.Configuration.Fields.Update()
$cdo.Send()   # expect: MAIL002
