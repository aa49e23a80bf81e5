# expect-none: TLS005
# Session options and PowerCLI settings that keep certificate checks on.
$options = New-PSSessionOption -SkipCACheck:$false -OperationTimeout 60000
$session = New-PSSession -ConnectionUri 'https://exch01.contoso.com/PowerShell/' -ConfigurationName Microsoft.Exchange -SessionOption $options
Set-PowerCLIConfiguration -InvalidCertificateAction Fail -Confirm:$false
Set-PowerCLIConfiguration -ParticipateInCEIP $false -Confirm:$false
Get-PowerCLIConfiguration | Select-Object InvalidCertificateAction
