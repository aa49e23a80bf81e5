# Alerts is in a folder named contoso-alerts: Import-Module by name finds its manifest.
Import-Module Alerts
Send-TeamAlert -Text 'build failed'
