# expect-none: TLS003
if (-not $IsCoreCLR) {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}
$smtp = New-Object Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = (Get-Credential).GetNetworkCredential()
$smtp.Send('reports@contoso.com', 'ops@contoso.com', 'Guarded (IsCoreCLR)', 'Body')
