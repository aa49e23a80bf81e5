function Send-ReportMail {
    param([string]$Html)
    $smtp = [System.Net.Mail.SmtpClient]::new('smtp.contoso.example', 587)
    $smtp.EnableSsl = $true
    $smtp.Credentials = New-Object System.Net.NetworkCredential('reports', 'Winter2026!')
    $smtp.Send('reports@contoso.example', 'team@contoso.example', 'Daily report', $Html)
}
