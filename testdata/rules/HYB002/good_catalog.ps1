# expect-none: HYB002
.\ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication
Get-PartnerApplication | Format-Table Name, ApplicationIdentifier, Enabled
