Import-Module (Join-Path $PSScriptRoot '..\Modules\Notify\Notify.psm1') -Force
Send-OpsAlert -Subject 'Disk check' -Body 'ok'
