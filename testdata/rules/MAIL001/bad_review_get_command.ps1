# Review case: catalog H.1 item 4 resolves `& <expr>` when <expr> is a
# Get-Command of a literal name, so these calls are the built-in cmdlet.
& (Get-Command Send-MailMessage) -To 'ops@example.com' -From 'bot@example.com' -Subject 'first' -SmtpServer 'relay.example.com'   # expect: MAIL001
& (Get-Command -Name 'Send-MailMessage' -CommandType Cmdlet) -To 'ops@example.com' -From 'bot@example.com' -Subject 'second' -SmtpServer 'relay.example.com'   # expect: MAIL001
