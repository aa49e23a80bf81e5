# AUTH001 in nested positions: inside another command's argument, inside a remote
# script block, and through a parameter whose default value is a literal.

# D13: the certificate password of an app-only Exchange Online connection.
Connect-ExchangeOnline -AppId $appId -Organization contoso.onmicrosoft.com -CertificateFilePath 'C:\certs\exo-app.pfx' -CertificatePassword (ConvertTo-SecureString 'Pfx-Cobalt!9021' -AsPlainText -Force)   # expect: AUTH001

# Script blocks given to Invoke-Command are reachable code.
Invoke-Command -ComputerName app01.contoso.com -ScriptBlock {
    $remoteSecure = ConvertTo-SecureString 'Remote-Block#5521' -AsPlainText -Force   # expect: AUTH001
    $remoteSecure.Length
}

# A parameter with a literal default is literal-derived (rules.md D).
function Get-RelaySecureString {
    param(
        [string]$RelayPlain = 'Default-Lantern#31'
    )
    ConvertTo-SecureString $RelayPlain -AsPlainText -Force   # expect: AUTH001
}
$relay = Get-RelaySecureString
