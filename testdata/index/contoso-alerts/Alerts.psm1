$files = @(Get-ChildItem -Path "$PSScriptRoot\Public\*.ps1") + @(Get-ChildItem -Path "$PSScriptRoot\Private\*.ps1")
foreach ($f in $files) { . $f.FullName }
