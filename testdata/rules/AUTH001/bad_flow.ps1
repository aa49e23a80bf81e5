# AUTH001: the literal reaches ConvertTo-SecureString through variables, here-strings,
# pipelines and splats (intra-procedural constant propagation, rules.md D and H.3).
# The finding is on the ConvertTo-SecureString call, not on the assignment.

$mailPlain = 'Cedar-Brook#8812'
$mailSecure = ConvertTo-SecureString $mailPlain -AsPlainText -Force   # expect: AUTH001

$pipedPlain = 'Nimbus-Orchard-552'
$pipedSecure = $pipedPlain | ConvertTo-SecureString -AsPlainText -Force   # expect: AUTH001

$noteText = @'
Harbor-Light#88
'@
$hereSecure = ConvertTo-SecureString -String $noteText -AsPlainText -Force   # expect: AUTH001

$convertArgs = @{
    String      = 'Velvet-Anchor#7740'
    AsPlainText = $true
    Force       = $true
}
$splatSecure = ConvertTo-SecureString @convertArgs   # expect: AUTH001

# The last write before the call is a literal, so the value at the call is literal.
$rotating = $env:ROTATING_SECRET
$rotating = 'Quarry-Finch#4096'
$lateSecure = ConvertTo-SecureString $rotating -AsPlainText -Force   # expect: AUTH001
