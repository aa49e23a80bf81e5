# AUTH001 (error): letters-only passphrases that name a product or a place are real
# passwords, not placeholders: they add a word that is neither a secret word nor a
# template marker (your, my, enter, here, example, sample...).
$keystore = ConvertTo-SecureString 'PSKeystorePass' -AsPlainText -Force   # expect: AUTH001
$relay = ConvertTo-SecureString 'ContosoRelayPass' -AsPlainText -Force   # expect: AUTH001
