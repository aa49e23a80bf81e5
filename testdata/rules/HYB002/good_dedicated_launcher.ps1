# expect-none: HYB002
# The dedicated app is configured by starting Microsoft's script in a Windows PowerShell process.
powershell.exe -NoProfile -File 'D:\Tools\ConfigureExchangeHybridApplication.ps1' -FullyConfigureExchangeHybridApplication
Get-PartnerApplication | Where-Object ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' | Set-PartnerApplication -Enabled $true
