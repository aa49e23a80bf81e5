# AUTH009 (note): a Clixml credential passed on as a password, and DPAPI password files
# (ConvertFrom-SecureString without -Key, read back with ConvertTo-SecureString).
# The result is on the first use of what was read, not on the read.

$svc = Import-Clixml -Path "$PSScriptRoot\svc-relay.xml"
Connect-RelayApi -User $svc.UserName -Password $svc.Password   # expect: AUTH009

$exo = Import-Clixml -Path 'C:\secure\exo.xml'
Set-ContosoMailbox -Identity shared@contoso.com -Credential $exo   # expect: AUTH009

# Written once with: Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content C:\secure\relay.txt
$relayPassword = Get-Content -Path 'C:\secure\relay.txt' | ConvertTo-SecureString
$relayCred = New-Object System.Management.Automation.PSCredential('svc-relay@contoso.com', $relayPassword)   # expect: AUTH009
Send-MailMessage -To ops@contoso.com -From svc-relay@contoso.com -Subject 'Nightly' -SmtpServer mail.contoso.com -UseSsl -Credential $relayCred

$encrypted = Get-Content -Path 'C:\secure\exo.txt'
$exoPassword = ConvertTo-SecureString -String $encrypted
Connect-ExchangeOnline -Credential ([pscredential]::new('admin@contoso.com', $exoPassword))   # expect: AUTH009

$smtp = New-Object MailKit.Net.Smtp.SmtpClient
$smtp.Connect('mail.contoso.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk = ConvertTo-SecureString ([System.IO.File]::ReadAllText('C:\secure\mk.txt'))
$smtp.Authenticate('svc@contoso.com', [System.Net.NetworkCredential]::new('', $mk).Password)   # expect: AUTH009
