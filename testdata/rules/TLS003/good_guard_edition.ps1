# expect-none: TLS003
# Windows PowerShell guards by edition and by $IsCoreCLR.
if ($PSVersionTable.PSEdition -eq 'Desktop') {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}
Send-MailMessage -To ops@contoso.com -From reports@contoso.com -Subject 'Guarded (edition)' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)
