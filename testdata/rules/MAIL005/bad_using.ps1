# MAIL005: short names through using namespace.
using namespace Microsoft.Exchange.WebServices.Data
using namespace System.Net

$svc = [ExchangeService]::new([ExchangeVersion]::Exchange2013_SP1)   # expect: MAIL005
$svc.Credentials = [OAuthCredentials]::new($env:EWS_TOKEN)   # related: MAIL005
$svc.Url = [uri]'https://outlook.office365.com/EWS/Exchange.asmx'
$msg = [EmailMessage]::new($svc)   # related: MAIL005
$folder = [Folder]::Bind($svc, [WellKnownFolderName]::Inbox)   # related: MAIL005

# names that are not EWS types do not resolve into the EWS namespace
[string] $subject = 'report'
$web = [WebClient]::new()
$list = [System.Collections.Generic.List[string]]::new()
