# -DeleteApplication removes the app but leaves the Auth Server entry and the setting override behind.

# 1. explicit $true
.\ConfigureExchangeHybridApplication.ps1 -DeleteApplication:$true   # expect: HYB004

# 2. full path, extra switches
C:\Scripts\ConfigureExchangeHybridApplication.ps1 -DeleteApplication -AzureEnvironment Global -Confirm:$false   # expect: HYB004

# 3. call operator with a path built from $PSScriptRoot
& "$PSScriptRoot\ConfigureExchangeHybridApplication.ps1" -DeleteApplication   # expect: HYB004

# 4. lower-case file and switch names
.\configureexchangehybridapplication.ps1 -deleteapplication   # expect: HYB004

# 5. splat
$delete = @{ DeleteApplication = $true; AzureEnvironment = 'Global' }
.\ConfigureExchangeHybridApplication.ps1 @delete   # expect: HYB004

# 6. backtick-continued command
# expect-next-line: HYB004
& 'D:\Tools\ConfigureExchangeHybridApplication.ps1' `
    -DeleteApplication `
    -Confirm:$false
