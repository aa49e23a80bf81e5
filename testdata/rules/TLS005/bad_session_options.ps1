# TLS005 (error): New-PSSessionOption -SkipCACheck/-SkipCNCheck used by a WinRM session:
# New-PSSession, Connect-ExchangeOnline -UseRPSSession, or the $PSSessionOption default.
# TestFixtureLevels checks that every finding here is an error.
$onPremOptions = New-PSSessionOption -SkipCACheck -SkipCNCheck   # expect: TLS005
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://mail.contoso.com/PowerShell/' -Authentication Kerberos -SessionOption $onPremOptions
Import-PSSession $session -DisableNameChecking

$rpsOptions = New-PSSessionOption -SkipCACheck -SkipCNCheck -SkipRevocationCheck   # expect: TLS005
Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -PSSessionOption $rpsOptions -UseRPSSession

$PSSessionOption = New-PSSessionOption -SkipCNCheck   # expect: TLS005
Invoke-Command -ComputerName exch01.contoso.com -UseSSL -ScriptBlock { Get-ExchangeServer }
