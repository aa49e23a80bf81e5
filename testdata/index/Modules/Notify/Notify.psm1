# Shared alerting module of the fixture tree: the scheduled jobs call these.

function Send-OpsAlert {
    param([string]$Subject, [string]$Body)
    $cred = Import-Clixml -Path "$PSScriptRoot\smtp.cred.xml"
    Send-MailMessage -From 'ops@contoso.example' -To 'oncall@contoso.example' -Subject $Subject -Body $Body `
        -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred
}

# Not in FunctionsToExport: callers outside the module cannot reach it.
function Send-Internal {
    param([string]$Text)
    $client = New-Object System.Net.Mail.SmtpClient('relay.contoso.example', 25)
    $client.Send('ops@contoso.example', 'audit@contoso.example', 'audit', $Text)
}

# A wrapper of the wrapper, inside the module.
function Send-Page {
    param([string]$Text)
    Send-OpsAlert -Subject 'PAGE' -Body $Text
}
