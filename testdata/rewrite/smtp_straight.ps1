# A straight-line SmtpClient send: the set-up lines go, the send becomes Graph.
param(
    [string[]] $Recipients = @('ops@contoso.com', 'dba@contoso.com'),
    [string] $Report = 'C:\reports\nightly.html'
)
$from = 'reports@contoso.com'
$smtp = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = New-Object System.Net.NetworkCredential($env:SMTP_USER, $env:SMTP_PASS)
$msg = New-Object System.Net.Mail.MailMessage
$msg.From = $from
foreach ($r in $Recipients) {
    $msg.To.Add($r)
}
$msg.CC.Add('lead@contoso.com; "Doe, Jane" <jane@contoso.com>')
$msg.ReplyToList.Add('helpdesk@contoso.com')
$msg.Subject = "Nightly report $(Get-Date -Format yyyy-MM-dd)"
$msg.Body = Get-Content -Raw -Path $Report
$msg.IsBodyHtml = $true
$msg.Priority = [System.Net.Mail.MailPriority]::High
$msg.DeliveryNotificationOptions = 'OnSuccess, OnFailure'
$msg.Headers.Add('X-Job-Id', $env:JOB_ID)
$att = New-Object System.Net.Mail.Attachment($Report)
$msg.Attachments.Add($att)
$smtp.Send($msg)   # send it
$att.Dispose()
$msg.Dispose()
Write-Output 'sent'
