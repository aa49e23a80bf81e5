Import-Module Hidden
$config = Get-HiddenConfig
# Send-Hidden is not exported: PowerShell cannot find it, nothing is sent.
Send-Hidden
