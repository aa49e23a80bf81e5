. $PSScriptRoot\cycle-b.ps1

function Invoke-Ping {
    param([int]$Left)
    if ($Left -gt 0) { Invoke-Pong -Left ($Left - 1) }
}
