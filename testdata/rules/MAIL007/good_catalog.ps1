# expect-none: MAIL007
$xl = New-Object -ComObject Excel.Application
