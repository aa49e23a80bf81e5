#Requires -PSEdition Core
# The Microsoft script supports Windows PowerShell 5.x only.
.\ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication   # expect: HYB004
