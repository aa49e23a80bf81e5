# MAIL002: System.Net.Mail.SmtpClient with credentials that reaches Send* without EnableSsl = $true.
# Reported on the line where the Send/SendAsync/SendMailAsync call starts.
$cred = Get-Credential
$msg = New-Object Net.Mail.MailMessage('svc-mail@contoso.com', 'ops@contoso.com', 'Report', 'see share')

# NetworkCredential built with New-Object
$c1 = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
$c1.Credentials = New-Object Net.NetworkCredential($cred.UserName, $cred.GetNetworkCredential().Password)
$c1.Send($msg)   # expect: MAIL002

# NetworkCredential built with ::new, client built with -ArgumentList
$c2 = New-Object System.Net.Mail.SmtpClient -ArgumentList 'mail.contoso.com', 25
$c2.Credentials = [System.Net.NetworkCredential]::new('svc-mail@contoso.com', $cred.Password)
$c2.Send('svc-mail@contoso.com', 'ops@contoso.com', 'Report', 'text')   # expect: MAIL002

# EnableSsl explicitly false
$c3 = [System.Net.Mail.SmtpClient]::new('mail.contoso.com', 587)
$c3.EnableSsl = $false
$c3.Credentials = $cred.GetNetworkCredential()
$c3.Send($msg)   # expect: MAIL002

# integrated Windows authentication (NTLM/Kerberos) over clear text
$c4 = New-Object -TypeName System.Net.Mail.SmtpClient -ArgumentList @('mail.contoso.com', 25)
$c4.UseDefaultCredentials = $true
$c4.Send($msg)   # expect: MAIL002

# credentials given in -Property
$c5 = New-Object Net.Mail.SmtpClient -Property @{ Host = 'mail.contoso.com'; Port = 587; Credentials = $cred.GetNetworkCredential() }
$c5.SendAsync($msg, 'token-1')   # expect: MAIL002

# hashtable cast with EnableSsl = $false
$c6 = [Net.Mail.SmtpClient]@{ Host = 'mail.contoso.com'; Port = 587; EnableSsl = $false; UseDefaultCredentials = $true }
$c6.SendMailAsync($msg).GetAwaiter().GetResult()   # expect: MAIL002

# host set after construction; the call spans several lines
$c7 = [Net.Mail.SmtpClient]::new()
$c7.Host = 'mail.contoso.com'
$c7.Port = 587
$c7.Credentials = $cred.GetNetworkCredential()
$c7.Send(   # expect: MAIL002
    'svc-mail@contoso.com',
    'ops@contoso.com',
    'Multi-line call',
    'text')

# one client, two send sites
$c8 = New-Object Net.Mail.SmtpClient('mail.contoso.com')
$c8.Credentials = $cred.GetNetworkCredential()
foreach ($to in 'ops@contoso.com', 'dba@contoso.com') {
    $c8.Send('svc-mail@contoso.com', $to, 'Weekly', 'text')   # expect: MAIL002
}
$c8.Send('svc-mail@contoso.com', 'audit@contoso.com', 'Weekly copy', 'text')   # expect: MAIL002

function Send-Report {
    param([Net.Mail.MailMessage] $Message, [pscredential] $Credential)
    $client = New-Object Net.Mail.SmtpClient('mail.contoso.com', 587)
    $client.Credentials = $Credential.GetNetworkCredential()
    try {
        $client.Send($Message)   # expect: MAIL002
    } finally {
        $client.Dispose()
    }
}
Send-Report -Message $msg -Credential $cred

# only looks like a loopback name
$c10 = New-Object Net.Mail.SmtpClient('localhost.contoso.com', 25)
$c10.UseDefaultCredentials = $true
$c10.Send($msg)   # expect: MAIL002
