# Helper dot-sourced by TLS003 fixtures (not a fixture itself).
# Enables TLS 1.2 for the current process at script level.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$script:MailRelay = 'smtp.office365.com'
