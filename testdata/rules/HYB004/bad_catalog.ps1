.\ConfigureExchangeHybridApplication.ps1 -DeleteApplication   # expect: HYB004
