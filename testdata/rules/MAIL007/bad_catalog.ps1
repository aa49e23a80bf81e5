$cdo = New-Object -ComObject CDO.Message   # expect: MAIL007
