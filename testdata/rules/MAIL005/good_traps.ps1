# expect-none: MAIL005
# The EWS Managed API (Microsoft.Exchange.WebServices.dll) was replaced by Microsoft Graph in this script.
param(
    [string] $DllPath
)
<#
    Previous version:
    $svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
    $svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
#>
Write-Verbose 'Microsoft.Exchange.WebServices.Data.ExchangeService is no longer used'
$readme = @'
Old endpoint: https://outlook.office365.com/EWS/Exchange.asmx (retired in Exchange Online)
'@
$retired = 'https://outlook.office365.com/EWS/Exchange.asmx'
Write-Output "Do not call $retired any more"

# Graph replaces EWS
Connect-MgGraph -Identity -NoWelcome
Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/users/ops@contoso.com/mailFolders/inbox/messages'
Get-MgUserMessage -UserId 'ops@contoso.com' -Top 10

# EWS switches in Exchange Online admin cmdlets are configuration, not EWS use
Set-OrganizationConfig -EwsEnabled $false
Set-CASMailbox -Identity 'ops@contoso.com' -EwsEnabled $false
Get-OrganizationConfig | Select-Object -Property 'EwsEnabled'

# a file check is not a load; other DLLs; unknown paths
Test-Path -Path 'C:\ews\Microsoft.Exchange.WebServices.dll'
Add-Type -Path "$PSScriptRoot\lib\MailKit.dll"
Add-Type -Path $DllPath
Import-Module ExchangeOnlineManagement

# HTTP calls that are not to the Exchange Online EWS endpoint
Invoke-WebRequest -Uri 'https://mail.contoso.com/EWS/Exchange.asmx' -UseDefaultCredentials -Method Post -Body '<x/>' -ContentType 'text/xml'
Invoke-RestMethod -Uri 'https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/ops@contoso.com?Protocol=EWS'
Get-Command -Noun '*WebService*'
