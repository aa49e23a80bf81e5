# expect-none: MAIL005
# HTTP calls, DLLs and names that are not the EWS Managed API or the Exchange Online EWS endpoint.
param(
    [string] $Server
)
$soap = '<soap/>'

# the host is not known: no finding (it may be on-premises)
Invoke-RestMethod -Uri "https://$Server/EWS/Exchange.asmx" -Method Post -Body $soap -UseDefaultCredentials
# Exchange Online, but not the EWS endpoint
Invoke-RestMethod -Uri 'https://outlook.office365.com/owa/' -Method Get
$wsdl = [Net.WebClient]::new().DownloadString('https://outlook.office365.com/EWS/Services.wsdl')
# on-premises EWS endpoint
$wc = New-Object System.Net.WebClient
$wc.UploadString('https://exch01.corp.contoso.com/EWS/Exchange.asmx', $soap)

# other assemblies whose names contain the EWS one
Add-Type -Path 'C:\lib\Microsoft.Exchange.WebServices.Auth.dll'
Add-Type -Path 'C:\lib\Contoso.Microsoft.Exchange.WebServices.dll.config'
[Reflection.Assembly]::LoadWithPartialName('Microsoft.Exchange.WebServices.NETStandard.Extensions') | Out-Null

# the DLL name in strings that are not loaded
$ews = 'Microsoft.Exchange.WebServices.dll'
Write-Host "Install $ews first"
Get-Item -Path "C:\lib\$ews" | Select-Object -Property FullName

# a local function shadows Invoke-RestMethod
function Invoke-RestMethod { param($Uri) Write-Output "dry run: $Uri" }
Invoke-RestMethod -Uri 'https://outlook.office365.com/EWS/Exchange.asmx'

# using namespace of an unrelated namespace, type names elsewhere
Add-Type -TypeDefinition 'public class Ews { public static string Name = "EWS"; }'
$n = [Ews]::Name

# Exchange Server configuration of the EWS virtual directory: a URL, not a call
Set-WebServicesVirtualDirectory -Identity 'EX01\EWS (Default Web Site)' -ExternalUrl 'https://mail.contoso.com/ews/exchange.asmx'
