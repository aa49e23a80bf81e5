#Requires -PSEdition Core
# expect-none: HYB004
# A PowerShell 7 script that downloads the Microsoft script and runs it under Windows PowerShell.
$target = Join-Path -Path $PSScriptRoot -ChildPath 'ConfigureExchangeHybridApplication.ps1'
Invoke-WebRequest -Uri 'https://aka.ms/ConfigureExchangeHybridApplication' -OutFile $target
if (Test-Path -Path .\ConfigureExchangeHybridApplication.ps1) {
    Get-Item -Path .\ConfigureExchangeHybridApplication.ps1 | Select-Object Name, Length, LastWriteTime
}
powershell.exe -NoProfile -ExecutionPolicy RemoteSigned -File .\ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication
