function Invoke-AlertSmtp {
    param([string]$Body)
    $mail = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
    $mail.EnableSsl = $true
    $mail.Credentials = New-Object System.Net.NetworkCredential('alerts@contoso.example', $env:ALERT_PASSWORD)
    $mail.Send('alerts@contoso.example', 'team@contoso.example', 'Alert', $Body)
}
