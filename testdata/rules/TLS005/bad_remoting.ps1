# TLS005: certificate checks turned off for WinRM over HTTPS and for PowerCLI.
param([switch]$SkipCertificateCheck)

$options = New-PSSessionOption -SkipCACheck -SkipCNCheck   # expect: TLS005
$session = New-PSSession -ConnectionUri 'https://exch01.contoso.com/PowerShell/' -ConfigurationName Microsoft.Exchange -SessionOption $options
Enter-PSSession -ComputerName exch02.contoso.com -UseSSL -SessionOption (New-PSSessionOption -SkipCNCheck)   # expect: TLS005
$revocationOnly = New-PSSessionOption -SkipRevocationCheck   # expect: TLS005

Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false   # expect: TLS005
Set-PowerCLIConfiguration -Scope User -InvalidCertificateAction Warn -Confirm:$false   # expect: TLS005

# The script's own switch passed on: reported as a note.
Invoke-RestMethod -Uri 'https://api.contoso.com/v1/status' -SkipCertificateCheck:$SkipCertificateCheck   # expect: TLS005

function Invoke-ContosoApi {
    param([string]$Path)
    $splat = @{ Uri = "https://api.contoso.com$Path"; Method = 'Get' }
    if ($PSVersionTable.PSVersion.Major -ge 7) {
        $splat['SkipCertificateCheck'] = $true
    }
    Invoke-RestMethod @splat   # expect: TLS005
}
