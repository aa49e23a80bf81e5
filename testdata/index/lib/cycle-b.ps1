. $PSScriptRoot\cycle-a.ps1

function Invoke-Pong {
    param([int]$Left)
    if ($Left -gt 0) { Invoke-Ping -Left ($Left - 1) }
    else { Send-MailMessage -From 'loop@contoso.example' -To 'ops@contoso.example' -Subject 'done' -SmtpServer 'smtp.loop.example' }
}
