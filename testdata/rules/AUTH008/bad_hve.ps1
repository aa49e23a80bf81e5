# High Volume Email with Basic auth: a note with HVE's own timeline (September 2028).
$hve = New-Object System.Management.Automation.PSCredential('hve-reports@contoso.com', $securePassword)
Send-MailMessage -To ops@contoso.com -From hve-reports@contoso.com -Subject 'Daily' -SmtpServer smtp-hve.office365.com -Port 587 -UseSsl -Credential $hve   # expect: AUTH008
