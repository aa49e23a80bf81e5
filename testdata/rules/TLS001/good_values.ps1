# expect-none: TLS001
# Values that keep TLS 1.2 (or let the OS decide). Some of these are other
# rules' business (TLS002 mixed values, TLS004 hard pin) but never TLS001.

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 -bor [Net.SecurityProtocolType]::Tls13
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::SystemDefault
[Net.ServicePointManager]::SecurityProtocol = 0
[Net.ServicePointManager]::SecurityProtocol = 'SystemDefault'
[Net.ServicePointManager]::SecurityProtocol = 3072
[Net.ServicePointManager]::SecurityProtocol = 0xC00
[Net.ServicePointManager]::SecurityProtocol = 15360
[Net.ServicePointManager]::SecurityProtocol = 12288
[Net.ServicePointManager]::SecurityProtocol = 'Tls12, Tls13'
[Net.ServicePointManager]::SecurityProtocol = 'Tls11, Tls12'
[Net.ServicePointManager]::SecurityProtocol = @('Tls12', 'Tls13')
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]'Tls12'
[Net.ServicePointManager]::SecurityProtocol = [Enum]::ToObject([Net.SecurityProtocolType], 3072)
[Net.ServicePointManager]::SecurityProtocol = [Enum]::Parse([Net.SecurityProtocolType], 'Tls12')

# Additive forms: baseline unknown, Tls12 guaranteed.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor 3072
# Adding a weak protocol to the current value is TLS002, not TLS001.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls11

# Removing weak protocols is fine.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -band -bnot [Net.SecurityProtocolType]::Ssl3
$current = [Net.ServicePointManager]::SecurityProtocol
[Net.ServicePointManager]::SecurityProtocol = $current -band -bnot ([Net.SecurityProtocolType]::Tls -bor [Net.SecurityProtocolType]::Tls11)

# Toggle of an unknown baseline: value unknown, no finding.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bxor [Net.SecurityProtocolType]::Tls13

# Restoring a saved value: unknown, no finding.
$saved = [Net.ServicePointManager]::SecurityProtocol
try {
    [Net.ServicePointManager]::SecurityProtocol = 'Tls12'
    Invoke-RestMethod -Uri 'https://api.contoso.com/health' | Out-Null
}
finally {
    [Net.ServicePointManager]::SecurityProtocol = $saved
}

# A value from a function call is unknown.
function Get-PreferredProtocol { 'Tls12' }
[Net.ServicePointManager]::SecurityProtocol = Get-PreferredProtocol
