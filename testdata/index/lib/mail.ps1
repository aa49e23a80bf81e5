# A dot-sourced library that dot-sources another one.
. "$PSScriptRoot\smtp.ps1"

function Send-Report {
    param([string]$To, [string]$Body)
    Send-Smtp -To $To -Body $Body
}
