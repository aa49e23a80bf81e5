# Review case: -UseSsl whose value is not statically $false is an effective
# UseSsl (catalog G.0), so these STARTTLS sends with no TLS 1.2 line need TLS003.

function Send-Digest {
    param([hashtable] $Mail, [pscredential] $Cred)
    Send-MailMessage -To $Mail.To -From $Mail.From -Subject 'digest' -SmtpServer $Mail.Server -Port 587 -Credential $Cred -UseSsl:$Mail.UseSsl   # expect: TLS003
}

$mailSettings = @{ To = 'ops@example.com'; From = 'bot@example.com'; Server = 'smtp.example.com'; UseSsl = $true }
Send-Digest -Mail $mailSettings -Cred (Get-Credential)

$secure = -not $settings.PlainSmtp
$params = @{
    To         = 'ops@example.com'
    From       = 'bot@example.com'
    Subject    = 'splatted'
    SmtpServer = 'smtp.example.com'
    UseSsl     = $secure
}
Send-MailMessage @params   # expect: TLS003
