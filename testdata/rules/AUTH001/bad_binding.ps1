# AUTH001: a literal bound to -String in every binding form.
# One finding per ConvertTo-SecureString call, on the line where the call starts.

# Named -String, written after the switches.
$relaySecure = ConvertTo-SecureString -AsPlainText -Force -String 'Spring!Pass-4711'   # expect: AUTH001

# Positional string (position 0) after the switches.
$backupSecure = ConvertTo-SecureString -AsPlainText -Force 'Basalt-Echo%6120'   # expect: AUTH001

# Unique parameter prefixes bind like the full names (-Str = -String, -AsPlain = -AsPlainText).
$prefixSecure = ConvertTo-SecureString -Str 'Glacier_Mint-3307' -AsPlain -Force   # expect: AUTH001

# PowerShell 7 no longer needs -Force.
$pwsh7Secure = ConvertTo-SecureString 'Solstice-Kettle-27' -AsPlainText   # expect: AUTH001

# A double-quoted string without expansions is a literal too.
$dqSecure = ConvertTo-SecureString "Dune-Quill!2023" -AsPlainText -Force   # expect: AUTH001

# Concatenation of literals.
$joinedSecure = ConvertTo-SecureString ('Tide' + '-Pool#19') -AsPlainText -Force   # expect: AUTH001

# -AsPlainText:$true is the same as the bare switch.
$explicitSecure = ConvertTo-SecureString 'Marlin-Ridge#5084' -AsPlainText:$true -Force   # expect: AUTH001

# A command continued with backticks: the finding starts on the first line.
# expect-next-line: AUTH001
$wrappedSecure = ConvertTo-SecureString `
    -String 'Lichen-Vault#2718' `
    -AsPlainText -Force
