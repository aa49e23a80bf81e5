. $PSScriptRoot\..\lib\cycle-a.ps1
Invoke-Ping -Left 3
