Import-Module "$PSScriptRoot\..\Modules\Notify\Notify.psd1"
Send-OpsAlert -Subject 'Backup finished' -Body 'ok'
