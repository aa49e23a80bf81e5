# MAIL003: System.Net.Mail.SmtpClient Send* without EnableSsl = $true and without credentials.
using namespace System.Net.Mail

$msg = New-Object Net.Mail.MailMessage('bot@contoso.com', 'ops@contoso.com', 'Report', 'text')

$c1 = New-Object Net.Mail.SmtpClient('relay.contoso.com', 25)
$c1.Send($msg)   # expect: MAIL003

$c2 = New-Object System.Net.Mail.SmtpClient -ArgumentList 'relay.contoso.com'
$c2.EnableSsl = $false
$c2.Send('bot@contoso.com', 'ops@contoso.com', 'explicit off', 'text')   # expect: MAIL003

$c3 = New-Object -TypeName Net.Mail.SmtpClient -Property @{ Host = 'relay.contoso.com'; EnableSsl = $false }
$c3.SendAsync($msg, $null)   # expect: MAIL003

$c4 = [Net.Mail.SmtpClient]@{ Host = 'relay.contoso.com'; Port = 25 }
$c4.SendMailAsync($msg).Wait()   # expect: MAIL003

$c5 = [SmtpClient]::new('relay.contoso.com')
$c5.UseDefaultCredentials = $false
$c5.Send($msg)   # expect: MAIL003

$c6 = [System.Net.Mail.SmtpClient]::new()
$c6.Host = 'relay.contoso.com'
$c6.Send(   # expect: MAIL003
    'bot@contoso.com',
    'ops@contoso.com',
    'multi-line call',
    'text')

$c7 = [Net.Mail.SmtpClient]::new('relay.contoso.com', 25)
foreach ($to in 'ops@contoso.com', 'dba@contoso.com') {
    $c7.Send('bot@contoso.com', $to, 'loop', 'text')   # expect: MAIL003
}

function Send-Plain {
    param([Net.Mail.MailMessage] $Message)
    $client = New-Object Net.Mail.SmtpClient('relay.contoso.com')
    try {
        $client.Send($Message)   # expect: MAIL003
    } finally {
        $client.Dispose()
    }
}
Send-Plain -Message $msg
