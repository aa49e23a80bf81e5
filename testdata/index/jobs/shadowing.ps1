Import-Module Notify
# This local definition shadows the module's for the call below.
function Send-OpsAlert {
    param([string]$Subject, [string]$Body)
    Write-Host "$Subject - $Body"
}
Send-OpsAlert -Subject 'local only' -Body 'no mail'
