# expect-none: TLS005
# MailKit with revocation checks on and a callback that inspects the errors.
Add-Type -Path "$PSScriptRoot\MimeKit.dll"
Add-Type -Path "$PSScriptRoot\MailKit.dll"

$smtp = [MailKit.Net.Smtp.SmtpClient]::new()
$smtp.CheckCertificateRevocation = $true
$smtp.ServerCertificateValidationCallback = {
    param($source, $certificate, $chain, $policyErrors)
    $policyErrors -eq [System.Net.Security.SslPolicyErrors]::None
}
$smtp.Connect('smtp.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$smtp.Disconnect($true)
