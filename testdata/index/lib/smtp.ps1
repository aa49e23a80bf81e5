function Send-Smtp {
    param([string]$To, [string]$Body)
    $client = New-Object Net.Mail.SmtpClient 'smtp.contoso.example'
    $client.Port = 587
    $client.EnableSsl = $true
    $client.Send('jobs@contoso.example', $To, 'Report', $Body)
}
