# TLS005: MailKit's own certificate callback and revocation switch (the latter at note level).
Add-Type -Path "$PSScriptRoot\MimeKit.dll"
Add-Type -Path "$PSScriptRoot\MailKit.dll"

$smtp = New-Object MailKit.Net.Smtp.SmtpClient
$smtp.ServerCertificateValidationCallback = { $true }   # expect: TLS005
$smtp.CheckCertificateRevocation = $false   # expect: TLS005
$smtp.Connect('smtp.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$smtp.Disconnect($true)

$imap = [MailKit.Net.Imap.ImapClient]::new()
$imap.ServerCertificateValidationCallback = { param($s, $c, $ch, $e) return $true }   # expect: TLS005
$imap.Connect('imap.contoso.com', 993, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$imap.Disconnect($true)
