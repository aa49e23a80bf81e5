$a = New-Object System.Net.Mail.SmtpClient -ArgumentList 'relay', 25   # expect: MAIL004
$b = [Net.Mail.SmtpClient]::new('relay')   # expect: MAIL004
