Get-ChildItem -Path C:\Logs -Filter *.log | Remove-Item -WhatIf
