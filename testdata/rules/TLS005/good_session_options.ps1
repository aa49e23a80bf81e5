# expect-none: TLS005
# Session options that keep the certificate checks on, whoever uses them.
$timeouts = New-PSSessionOption -OperationTimeout 300000 -IdleTimeout 600000
Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -PSSessionOption $timeouts -UseRPSSession
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://mail.contoso.com/PowerShell/' -SessionOption $timeouts
$checked = New-PSSessionOption -SkipCACheck:$false -SkipCNCheck:$false
Enter-PSSession -ComputerName exch01.contoso.com -UseSSL -SessionOption $checked
