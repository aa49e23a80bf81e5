# AUTH009 (note): credentials stored with Export-Clixml and Clixml credentials used in a sink.
# DPAPI-bound on Windows; not encrypted on Linux/macOS. Results are on the sink that uses
# the imported credential, and on the Get-Credential | Export-Clixml pipeline.

Get-Credential -Message 'Relay account' | Export-Clixml -Path 'C:\secure\relay.xml'   # expect: AUTH009

$saved = Get-Credential -Message 'Exchange admin'
$saved | Export-Clixml -Path 'C:\secure\exo.xml'   # expect: AUTH009

$relayCred = Import-Clixml -Path 'C:\secure\relay.xml'
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Nightly' -SmtpServer mail.contoso.com -Port 587 -UseSsl -Credential $relayCred   # expect: AUTH009

Connect-ExchangeOnline -Credential (Import-Clixml -Path 'C:\secure\exo.xml') -ShowBanner:$false   # expect: AUTH009

$onPremCred = Import-Clixml -Path 'C:\secure\onprem.xml'
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.contoso.local/PowerShell/ -Authentication Kerberos -Credential $onPremCred   # expect: AUTH009

$smtpCred = Import-Clixml -Path 'C:\secure\smtp.xml'
$smtp = New-Object System.Net.Mail.SmtpClient('mail.contoso.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $smtpCred.GetNetworkCredential()   # expect: AUTH009
$smtp.Send('svc@contoso.com', 'ops@contoso.com', 'Nightly', 'done')
