#Requires -Version 6.0
# Both signals on one invocation: still one finding.
.\ConfigureExchangeHybridApplication.ps1 -DeleteApplication   # expect: HYB004
