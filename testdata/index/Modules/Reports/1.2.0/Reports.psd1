@{
    ModuleVersion     = '1.2.0'
    RootModule        = 'Reports'
    NestedModules     = @('Private\Mailer.psm1')
    ScriptsToProcess  = @('Init.ps1')
    FunctionsToExport = '*'
}
