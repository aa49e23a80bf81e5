#Requires -Version 5.1
<#
.SYNOPSIS
    A #Requires -Modules line is added after the first #Requires line; no
    attachment helper is inserted (nothing is attached).
#>
param([string] $To = 'ops@contoso.com')
Send-MailMessage -From 'Jobs <jobs@contoso.com>' -To $To -Subject 'Done' -SmtpServer smtp.office365.com
