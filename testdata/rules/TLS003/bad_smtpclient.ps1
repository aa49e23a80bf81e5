# TLS003: System.Net.Mail.SmtpClient with EnableSsl and a Send call, no TLS 1.2 line.
$cred = Get-Credential
$msg = New-Object System.Net.Mail.MailMessage('reports@contoso.com', 'ops@contoso.com', 'Nightly report', 'Report attached.')

$smtp = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $cred.GetNetworkCredential()
$smtp.Send($msg)   # expect: TLS003

$client2 = [Net.Mail.SmtpClient]::new('smtp.office365.com', 587)
$client2.EnableSsl = $true
$client2.Credentials = New-Object System.Net.NetworkCredential($cred.UserName, $cred.Password)
$client2.Send('reports@contoso.com', 'ops@contoso.com', 'Status', 'All jobs finished.')   # expect: TLS003

$client3 = New-Object Net.Mail.SmtpClient -Property @{ Host = 'smtp.office365.com'; Port = 587; EnableSsl = $true }
$client3.Credentials = $cred.GetNetworkCredential()
$client3.SendMailAsync($msg).GetAwaiter().GetResult()   # expect: TLS003

$client4 = [System.Net.Mail.SmtpClient]@{ Host = 'smtp.office365.com'; Port = 587; EnableSsl = $true }
$client4.Credentials = $cred.GetNetworkCredential()
$client4.Send($msg)   # expect: TLS003
$client4.Dispose()
