# AUTH009: one credential file imported once and used by several commands gives one result,
# at the first use; the other uses are related locations of that result.
$exoCred = Import-Clixml -Path 'C:\secure\exo-admin.xml'
Connect-ExchangeOnline -Credential $exoCred -ShowBanner:$false   # expect: AUTH009
$onPrem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.local/PowerShell/ -Credential $exoCred
Invoke-Command -Session $onPrem -ScriptBlock { Get-Mailbox -ResultSize 1 }

# Through a splatted hashtable.
$relayArgs = @{
    To         = 'ops@contoso.com'
    From       = 'svc@contoso.com'
    Subject    = 'Nightly'
    SmtpServer = 'mail.contoso.com'
    UseSsl     = $true
    Credential = (Import-Clixml -Path 'C:\secure\relay.xml')
}
Send-MailMessage @relayArgs   # expect: AUTH009
