# AUTH007: importing or installing MSOnline, AzureAD or AzureADPreview.
Import-Module -Name 'AzureAD'   # expect: AUTH007
Import-Module AzureADPreview -RequiredVersion 2.0.2.183   # expect: AUTH007
Import-Module MSOnline -UseWindowsPowerShell   # expect: AUTH007
Import-Module 'MSOnline', 'ExchangeOnlineManagement'   # expect: AUTH007
Install-Module -Name MSOnline -Scope CurrentUser -Force   # expect: AUTH007
Install-Module AzureAD -AllowClobber   # expect: AUTH007
