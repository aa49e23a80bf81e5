Import-Module Notify
Send-OpsAlert -Subject 'Nightly sync' -Body 'done'
