$moduleRoot = Join-Path -Path $PSScriptRoot -ChildPath '..\Modules\Notify'
Import-Module $moduleRoot
Send-Page -Text 'the share is full'
