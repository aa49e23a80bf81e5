#Requires -PSEdition Desktop
# expect-none: HYB004
#Requires -Version 5.1
.\ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication
.\ConfigureExchangeHybridApplication.ps1 -ScriptUpdateOnly
