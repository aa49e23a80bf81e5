# expect-none: TLS003
# The dot-sourced helper defines Enable-MailTls12, which is called before the send.
. "$PSScriptRoot\lib_tlsfunc.ps1"
Enable-MailTls12

$smtp = [Net.Mail.SmtpClient]::new('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = (Get-Credential).GetNetworkCredential()
$smtp.Send('reports@contoso.com', 'ops@contoso.com', 'Helper function', 'Body')
