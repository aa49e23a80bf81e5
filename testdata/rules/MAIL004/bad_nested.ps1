# MAIL004: constructions inside functions, script blocks and control flow.
function New-MailTransport {
    param([string] $Server = 'relay.contoso.com')
    New-Object Net.Mail.SmtpClient($Server, 587)   # expect: MAIL004
}

function Send-Once {
    param([Net.Mail.MailMessage] $Message)
    try {
        $client = [System.Net.Mail.SmtpClient]::new('relay.contoso.com', 587)   # expect: MAIL004
        $client.EnableSsl = $true
        $client.Send($Message)
    } finally {
        if ($client) { $client.Dispose() }
    }
}

$clients = 'relay1.contoso.com', 'relay2.contoso.com' | ForEach-Object {
    [Net.Mail.SmtpClient]::new($_)   # expect: MAIL004
}

foreach ($relay in 'relay1.contoso.com', 'relay2.contoso.com') {
    if (Test-Connection -ComputerName $relay -Count 1 -Quiet) {
        $active = New-Object -TypeName Net.Mail.SmtpClient -ArgumentList $relay   # expect: MAIL004
        break
    }
}

$factory = { param($h) [Net.Mail.SmtpClient]@{ Host = $h; EnableSsl = $true } }   # expect: MAIL004
$fromFactory = & $factory 'relay.contoso.com'
