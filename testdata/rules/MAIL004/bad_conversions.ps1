# MAIL004: less common ways to construct System.Net.Mail.SmtpClient.

# PowerShell converts a string to SmtpClient through its SmtpClient(string host) constructor.
$c1 = [Net.Mail.SmtpClient]'relay.contoso.com'   # expect: MAIL004
$c2 = [System.Net.Mail.SmtpClient]"relay.$env:USERDNSDOMAIN"   # expect: MAIL004

# Activator
$c3 = [Activator]::CreateInstance([System.Net.Mail.SmtpClient], 'relay.contoso.com', 25)   # expect: MAIL004

# type name held in a variable, splatted New-Object, module-qualified New-Object
$typeName = 'System.Net.Mail.SmtpClient'
$c4 = New-Object -TypeName $typeName -ArgumentList 'relay.contoso.com'   # expect: MAIL004
$newObject = @{ TypeName = 'Net.Mail.SmtpClient'; ArgumentList = 'relay.contoso.com', 587 }
$c5 = New-Object @newObject   # expect: MAIL004
$c6 = Microsoft.PowerShell.Utility\New-Object Net.Mail.SmtpClient('relay.contoso.com')   # expect: MAIL004

# the host comes from a variable through a parenthesised argument list
$smtpServer = 'smtp.office365.com'
$c7 = New-Object Net.Mail.SmtpClient($smtpServer)   # expect: MAIL004
$c7.EnableSsl = $true
$c7.Send('bot@contoso.com', 'ops@contoso.com', 'subject', 'body')

# inside a class method
class Mailer {
    [void] Send([string] $to) {
        $client = [Net.Mail.SmtpClient]::new('relay.contoso.com')   # expect: MAIL004
        $client.Send('bot@contoso.com', $to, 'subject', 'body')
    }
}
