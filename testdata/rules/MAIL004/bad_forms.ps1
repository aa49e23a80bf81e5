# MAIL004: every construction form of System.Net.Mail.SmtpClient (catalog B.1 and variants).
# Reported on the construction: the New-Object command, the ::new( call or the hashtable cast.
$server = 'relay.contoso.com'

$c1 = New-Object Net.Mail.SmtpClient($server, 587)   # expect: MAIL004
$c2 = New-Object System.Net.Mail.SmtpClient -ArgumentList $server, 587   # expect: MAIL004
$c3 = New-Object -TypeName System.Net.Mail.SmtpClient -ArgumentList @($server, 587)   # expect: MAIL004
$c4 = New-Object Net.Mail.SmtpClient -Property @{ Host = $server; Port = 587; EnableSsl = $true }   # expect: MAIL004
$c5 = [System.Net.Mail.SmtpClient]::new($server, 587)   # expect: MAIL004
$c6 = [Net.Mail.SmtpClient]::new(); $c6.Host = $server; $c6.Port = 587   # expect: MAIL004
$c7 = [Net.Mail.SmtpClient]@{ Host = $server; Port = 587; EnableSsl = $true }   # expect: MAIL004

# letter case, quoted type name, no arguments
$c8 = new-object system.net.mail.smtpclient   # expect: MAIL004
$c9 = [system.net.mail.smtpclient]::New('relay.contoso.com')   # expect: MAIL004
$c10 = New-Object -TypeName 'System.Net.Mail.SmtpClient'   # expect: MAIL004

# parameter prefix (-Type) and alias (-Args), named parameters in any order
$c11 = New-Object -Type Net.Mail.SmtpClient -Args 'relay.contoso.com', 25   # expect: MAIL004
$c12 = New-Object -ArgumentList 'relay.contoso.com' -TypeName Net.Mail.SmtpClient   # expect: MAIL004

# loopback and pickup-directory clients are still SmtpClient constructions
$local = New-Object Net.Mail.SmtpClient('localhost', 25)   # expect: MAIL004
$drop = [Net.Mail.SmtpClient]@{ DeliveryMethod = 'SpecifiedPickupDirectory'; PickupDirectoryLocation = 'C:\mail\pickup' }   # expect: MAIL004

# expect-next-line: MAIL004
$c13 = New-Object -TypeName System.Net.Mail.SmtpClient `
    -ArgumentList 'relay.contoso.com', 587 `
    -Property @{ EnableSsl = $true }

$c14 = [System.Net.Mail.SmtpClient]::new(   # expect: MAIL004
    'relay.contoso.com',
    587)

$c15 = [Net.Mail.SmtpClient]@{   # expect: MAIL004
    Host      = 'relay.contoso.com'
    Port      = 587
    EnableSsl = $true
}
