@{
    # A module checked out under another folder name than its own.
    RootModule        = 'Alerts.psm1'
    ModuleVersion     = '2.0.0'
    FunctionsToExport = @('Send-TeamAlert')
}
