# AUTH003: a letters-only passphrase handed to a native tool is a real secret, not a
# placeholder (issue 16): 'PSKeystorePass' adds a word that is neither a secret word nor
# a template marker.
$KeystorePath = Join-Path $PSScriptRoot 'signing.jks'
$StorePass = 'PSKeystorePass'   # expect: AUTH003
& keytool -genkeypair -alias signing -keyalg RSA -keystore $KeystorePath -storepass $StorePass -dname 'CN=Contoso Signing'
$keyPassword = 'ContosoSigningKey'   # expect: AUTH003
& keytool -importkeystore -srckeystore $KeystorePath -srcstorepass $StorePass -destkeypass $keyPassword
