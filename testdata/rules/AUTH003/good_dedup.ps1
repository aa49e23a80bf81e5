# expect-none: AUTH003
# rules.md AUTH003: "unless AUTH001/AUTH002 already reported the same literal".
# Each literal below is reported by AUTH001 or AUTH002, so AUTH003 stays silent.

$smtpPassword = 'Relay-Kite#73'
$smtpSecure = ConvertTo-SecureString $smtpPassword -AsPlainText -Force

$relaySecret = 'Kite-Second#21'
$relayNc = [System.Net.NetworkCredential]::new('relay@contoso.com', $relaySecret)

$nc = New-Object System.Net.NetworkCredential
$nc.Password = 'Kite-Third#58'

# A key of a configuration hashtable whose value AUTH002 reports through $config.Smtp.Password.
$config = @{ Smtp = @{ User = 'relay@contoso.com'; Password = 'Kite-Fourth#90' } }
$configNc = [System.Net.NetworkCredential]::new($config.Smtp.User, $config.Smtp.Password)
