Import-Module Notify
# Not in the manifest's FunctionsToExport.
Send-Internal -Text 'x'
