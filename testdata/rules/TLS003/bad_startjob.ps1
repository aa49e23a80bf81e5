# TLS003: Start-Job and remote Invoke-Command run in another process and do not
# inherit this process's SecurityProtocol, so their sends are reported.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$cred = Get-Credential

$job = Start-Job -ScriptBlock {
    Send-MailMessage -To ops@contoso.com -From jobs@contoso.com -Subject 'From a job' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $using:cred   # expect: TLS003
}
$job | Wait-Job | Receive-Job

Invoke-Command -ComputerName app01.contoso.com -ScriptBlock {
    Send-MailMessage -To ops@contoso.com -From app01@contoso.com -Subject 'From app01' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $using:cred   # expect: TLS003
}

$session = New-PSSession -ComputerName app02.contoso.com
Invoke-Command -Session $session -ScriptBlock {
    param($Credential)
    Send-MailMessage -To ops@contoso.com -From app02@contoso.com -Subject 'From app02' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential   # expect: TLS003
} -ArgumentList $cred
Remove-PSSession -Session $session

# The parent itself is covered.
Send-MailMessage -To ops@contoso.com -From jobs@contoso.com -Subject 'Parent' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
