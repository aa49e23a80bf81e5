[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }   # expect: TLS005
Invoke-RestMethod -Uri https://intranet/api -SkipCertificateCheck   # expect: TLS005
