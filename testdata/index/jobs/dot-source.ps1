. "$PSScriptRoot\..\lib\mail.ps1"
Send-Report -To 'team@contoso.example' -Body 'weekly'
