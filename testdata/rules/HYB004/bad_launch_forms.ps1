# The script path in a variable, and the script started in another PowerShell process.
$script = Join-Path -Path $PSScriptRoot -ChildPath 'ConfigureExchangeHybridApplication.ps1'

# 1. call operator on a Join-Path result
& $script -DeleteApplication   # expect: HYB004

# 2. Windows PowerShell process: the edition is right, -DeleteApplication is still the problem
powershell.exe -NoProfile -ExecutionPolicy RemoteSigned -File $script -DeleteApplication   # expect: HYB004

# 3. a PowerShell 7 process
pwsh -NoProfile -File .\ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication   # expect: HYB004
