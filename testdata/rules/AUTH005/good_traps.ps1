# expect-none: AUTH005
# On-premises Exchange remoting, REST-based Exchange Online connections and session clean-up.

# On-premises Exchange Server (supported), Kerberos or Basic over HTTPS.
$onPremCred = Get-Credential -Message 'On-premises admin'
$op1 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://mail.contoso.com/PowerShell/ -Credential $onPremCred -Authentication Basic
$op2 = New-PSSession -ComputerName exch01.contoso.local -ConfigurationName Microsoft.Exchange
$op3 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $onPremUri -Authentication Kerberos

# Look-alike host names are not Exchange Online.
$op4 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com.contoso.com/powershell-liveid/ -Credential $onPremCred
$op5 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.example.com/powershell-liveid/ -Credential $onPremCred

# REST-based EXO V3 connections.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumbprint -Organization contoso.onmicrosoft.com
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -ShowBanner:$false
Connect-ExchangeOnline -Device
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -UseRPSSession:$false
Connect-IPPSSession -UserPrincipalName admin@contoso.com

# Cleaning up old sessions does not create one.
Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' } | Remove-PSSession
Disconnect-ExchangeOnline -Confirm:$false

# Mentions in comments and strings.
# $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/
Write-Warning 'https://outlook.office365.com/powershell-liveid/ was retired on 1 Oct 2023.'

# A helper whose URI parameter defaults to an on-premises server.
function Connect-OnPremExchange {
    param([string]$ConnectionUri = 'http://exch01.contoso.local/PowerShell/', [pscredential]$Credential)
    New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $ConnectionUri -Credential $Credential -Authentication Kerberos
}
