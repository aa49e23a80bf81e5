# Public functions are dot-sourced from a folder, the usual module layout.
foreach ($file in Get-ChildItem -Path "$PSScriptRoot\Public\*.ps1") {
    . $file.FullName
}
