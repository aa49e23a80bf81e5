#Requires -Modules @{ ModuleName = 'Notify'; ModuleVersion = '1.0.0' }
Send-OpsAlert -Subject 'Certificate expiry' -Body 'soon'
