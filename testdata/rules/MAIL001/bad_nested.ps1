# MAIL001: calls inside functions, script blocks and control flow are reported.
function Send-Alert {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Subject,
        [string] $Body = 'see log'
    )
    Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject $Subject -Body $Body -SmtpServer 'relay.contoso.com'   # expect: MAIL001
}

function Send-NeverCalled {
    # never called: still reported, with properties.reachable = false
    Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject 'unused' -SmtpServer 'relay.contoso.com'   # expect: MAIL001
}

Send-Alert -Subject 'Started'

$notify = {
    param($Text)
    Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject $Text -SmtpServer 'relay.contoso.com'   # expect: MAIL001
}
& $notify 'From a script block'

if (-not (Test-Path -Path 'C:\backup\done.flag')) {
    Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject 'Backup missing' -SmtpServer 'relay.contoso.com'   # expect: MAIL001
} else {
    Write-Verbose 'Backup ok'
}

try {
    Get-Service -Name 'Spooler' -ErrorAction Stop | Out-Null
} catch {
    Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject 'Service check failed' -Body $_.Exception.Message -SmtpServer 'relay.contoso.com'   # expect: MAIL001
}

foreach ($team in 'ops@contoso.com', 'dba@contoso.com') {
    Send-MailMessage -To $team -From 'alerts@contoso.com' -Subject 'Weekly' -SmtpServer 'relay.contoso.com'   # expect: MAIL001
}

Import-Csv -Path '.\owners.csv' | ForEach-Object {
    Send-MailMessage -To $_.Owner -From 'alerts@contoso.com' -Subject "Expiring: $($_.Name)" -SmtpServer 'relay.contoso.com'   # expect: MAIL001
}

switch ($env:JOB_STATE) {
    'Failed' { Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject 'Job failed' -SmtpServer 'relay.contoso.com' }   # expect: MAIL001
    default { Write-Verbose 'nothing to report' }
}

Start-Job -ScriptBlock {
    Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject 'From a job' -SmtpServer 'relay.contoso.com'   # expect: MAIL001
} | Wait-Job | Receive-Job

Invoke-Command -ComputerName 'app01.contoso.com' -ScriptBlock {
    Send-MailMessage -To 'ops@contoso.com' -From 'alerts@contoso.com' -Subject 'From a remote host' -SmtpServer 'relay.contoso.com'   # expect: MAIL001
}
