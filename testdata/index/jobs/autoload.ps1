# No import: PowerShell loads Notify from PSModulePath on first use.
Send-OpsAlert -Subject 'Autoloaded' -Body 'hello'
