# Recipients gathered in loops; the script's own $message variable is kept.
function Send-Digest {
    param($Users, [string] $Message)
    $mail = [System.Net.Mail.MailMessage]::new()
    $mail.From = 'Digest <digest@contoso.com>'
    $Users | ForEach-Object { $mail.To.Add($_.Mail) }
    foreach ($u in $Users) { $mail.Bcc.Add($u.Manager) }
    $mail.Subject = 'Digest'
    $mail.Body = $Message
    $client = [System.Net.Mail.SmtpClient]::new('relay.contoso.local')
    try {
        $client.Send($mail)
    } catch {
        Write-Warning $_
    }
}
Send-Digest -Users (Import-Csv .\users.csv) -Message 'Weekly digest'
