# Shapes that keep the rewrite as a suggestion: a conditional recipient,
# a message used after the send, a Gmail host.
$msg = New-Object Net.Mail.MailMessage('jobs@contoso.com', 'ops@contoso.com')
if ($Escalate) {
    $msg.CC.Add('lead@contoso.com')
}
$smtp = New-Object Net.Mail.SmtpClient('smtp.office365.com')
$smtp.Send($msg)

$m2 = New-Object Net.Mail.MailMessage('jobs@contoso.com', 'ops@contoso.com', 'Done', 'ok')
$c2 = New-Object Net.Mail.SmtpClient('relay.contoso.local')
$c2.Send($m2)
Write-Output "sent $($m2.Subject)"

$gmail = New-Object Net.Mail.SmtpClient('smtp.gmail.com', 587)
$gmail.Send('me@gmail.com', 'you@contoso.com', 'hi', 'text')
