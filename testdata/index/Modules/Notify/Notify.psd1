@{
    RootModule        = 'Notify.psm1'
    ModuleVersion     = '1.0.0'
    GUID              = '5b7a3f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'
    FunctionsToExport = @('Send-OpsAlert', 'Send-Page')
}
