# expect-none: AUTH001
# Conversions that are not "plain-text literal to SecureString".

# Without -AsPlainText the string is an encrypted standard string (DPAPI), not plain text.
$dpapiSecure = ConvertTo-SecureString '01000000d08c9ddf0115d1118c7a00c04fc297eb01000000a1b2c3d4'
$dpapiFromFile = Get-Content -Path 'C:\secure\relay.txt' | ConvertTo-SecureString

# -AsPlainText:$false turns the switch off.
$switchOff = ConvertTo-SecureString $env:ENCRYPTED_BLOB -AsPlainText:$false

# Decryption with a key read at run time (literal keys are AUTH009's business).
$aesKey = Get-Content -Path 'C:\secure\aes.key'
$keyed = Get-Content -Path 'C:\secure\relay.enc' | ConvertTo-SecureString -Key $aesKey

# The literal was overwritten before the call: the value at the call is not a literal.
$overwritten = 'Overwritten-Fern#64'
$overwritten = $env:RELAY_SECRET
$overwrittenSecure = ConvertTo-SecureString $overwritten -AsPlainText -Force

# Values from configuration files, Clixml and unknown commands.
$cfg = Get-Content -Path .\relay.json -Raw | ConvertFrom-Json
$cfgSecure = ConvertTo-SecureString $cfg.Password -AsPlainText -Force
$clixmlPlain = Import-Clixml -Path .\relay-plain.xml
$clixmlSecure = ConvertTo-SecureString $clixmlPlain -AsPlainText -Force
$fromCommand = Get-RelayPlainText -Name 'nightly'
$commandSecure = ConvertTo-SecureString $fromCommand -AsPlainText -Force
$expanded = "$($cfg.Prefix)$($cfg.Suffix)"
$expandedSecure = ConvertTo-SecureString $expanded -AsPlainText -Force

# Mentions in comments and strings are not calls.
# $old = ConvertTo-SecureString 'Comment-Only#1' -AsPlainText -Force
<#
    $older = ConvertTo-SecureString 'Block-Comment#2' -AsPlainText -Force
#>
Write-Verbose "Do not write ConvertTo-SecureString 'text' -AsPlainText in scripts."
$snippet = @'
$doc = ConvertTo-SecureString 'Here-Doc#3' -AsPlainText -Force
'@

# Building a SecureString through NetworkCredential is AUTH002, not AUTH001.
$trickSecure = (New-Object System.Net.NetworkCredential('', $env:RELAY_SECRET)).SecurePassword

# The reverse direction.
$exported = $promptSecure | ConvertFrom-SecureString
