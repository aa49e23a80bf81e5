# expect-none: MAIL001
# Send-MailMessage -To x   (commented out)
Write-Host 'Replace Send-MailMessage with Send-MgUserMail'
Get-Help Send-MailMessage -Full
$cmd = Get-Command -Name Send-MailMessage
$SendMailMessage = $true
