#Requires -Version 7
# expect-none: TLS003
# Cannot run on Windows PowerShell 5.1: .NET (Core) defaults to SystemDefault.
$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'PowerShell 7' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred

$smtp = [System.Net.Mail.SmtpClient]::new('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $cred.GetNetworkCredential()
$smtp.Send('reports@contoso.com', 'ops@contoso.com', 'PowerShell 7', 'Body')
