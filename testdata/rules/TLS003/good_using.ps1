# expect-none: TLS003
using namespace System.Net
using namespace System.Net.Mail

[ServicePointManager]::SecurityProtocol = [ServicePointManager]::SecurityProtocol -bor [SecurityProtocolType]::Tls12
$client = [SmtpClient]::new('smtp.office365.com', 587)
$client.EnableSsl = $true
$client.Credentials = (Get-Credential).GetNetworkCredential()
$client.Send('reports@contoso.com', 'ops@contoso.com', 'Using namespaces', 'Body')
