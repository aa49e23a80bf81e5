Send-MailMessage -To a@contoso.com
	Get-Date   # tabs and spaces

Get-Date
Get-Date
$x = "📧 mail"  # non-BMPWrite-Host café
