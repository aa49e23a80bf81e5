# Not autoloaded: contoso-alerts is not laid out as on PSModulePath.
Send-TeamAlert -Text 'no import'
