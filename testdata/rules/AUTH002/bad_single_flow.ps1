# AUTH002: literal -> variable -> ConvertTo-SecureString -> PSCredential -> Send-MailMessage.
# Exactly one AUTH002 result, on the credential construction. The later use of the
# credential object is not reported again (AUTH001 reports the ConvertTo-SecureString
# line; neither is checked here).
$relayPw = 'Relay-Harbor#4410'
$relaySecure = ConvertTo-SecureString $relayPw -AsPlainText -Force
$relayCred = New-Object System.Management.Automation.PSCredential('relay@contoso.com', $relaySecure)   # expect: AUTH002
Send-MailMessage -To ops@contoso.com -From relay@contoso.com -Subject 'Nightly report' -SmtpServer mail.contoso.com -Port 587 -UseSsl -Credential $relayCred

# Same for a NetworkCredential handed to SmtpClient: one result, on the constructor.
$smtpNc = [System.Net.NetworkCredential]::new('relay@contoso.com', 'Garnet-Loom#3318')   # expect: AUTH002
$smtp = New-Object System.Net.Mail.SmtpClient('mail.contoso.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $smtpNc
$smtp.Send('relay@contoso.com', 'ops@contoso.com', 'Nightly report', 'done')

# Same for an app credential handed to Connect-MgGraph -ClientSecretCredential.
$appSecret = ConvertTo-SecureString 'zT3~Aspen.Rook-9902' -AsPlainText -Force
$appCred = [pscredential]::new('00000000-0000-0000-0000-00000000a11c', $appSecret)   # expect: AUTH002
Connect-MgGraph -TenantId contoso.onmicrosoft.com -ClientSecretCredential $appCred -NoWelcome
