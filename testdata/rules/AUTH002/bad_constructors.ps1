# AUTH002: every constructor form of PSCredential and NetworkCredential (rules.md D2, D3).

$pineSecure = ConvertTo-SecureString 'Pine-Crest#3021' -AsPlainText -Force
$pineCred = New-Object PSCredential -ArgumentList 'svc@contoso.com', $pineSecure   # expect: AUTH002

$ravenSecure = ConvertTo-SecureString 'Mosaic-Raven!58' -AsPlainText -Force
$ravenCred = [pscredential]::new('svc@contoso.com', $ravenSecure)   # expect: AUTH002

$emberCred = [System.Management.Automation.PSCredential]::new('svc@contoso.com', (ConvertTo-SecureString 'Ember-Sable#7132' -AsPlainText -Force))   # expect: AUTH002

$fennelSecure = ConvertTo-SecureString 'Fennel-Drum#2210' -AsPlainText -Force
$fennelCred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList @('svc@contoso.com', $fennelSecure)   # expect: AUTH002

$latticeSecure = ConvertTo-SecureString 'Lattice-Owl#904' -AsPlainText -Force
# expect-next-line: AUTH002
$latticeCred = New-Object -TypeName System.Management.Automation.PSCredential `
    -ArgumentList 'svc@contoso.com', $latticeSecure

# Concatenated literal.
$auroraSecure = ConvertTo-SecureString ('Aurora' + '-Thistle#61') -AsPlainText -Force
$auroraCred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $auroraSecure)   # expect: AUTH002

# Built inline as the -Credential argument: one result for the whole line.
Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject 'Inline' -SmtpServer mail.contoso.com -UseSsl -Credential ([pscredential]::new('svc@contoso.com', (ConvertTo-SecureString 'Thimble-Crane#486' -AsPlainText -Force)))   # expect: AUTH002

# NetworkCredential: user, password, domain.
$onyxNc = New-Object System.Net.NetworkCredential('svc', 'Onyx-Marsh#6603', 'CONTOSO')   # expect: AUTH002

# NetworkCredential built empty, password set afterwards: the result is on the .Password assignment.
$tundraNc = New-Object System.Net.NetworkCredential
$tundraNc.UserName = 'svc@contoso.com'
$tundraNc.Password = 'Tundra-Kiln#1187'   # expect: AUTH002

# NetworkCredential(string, SecureString) with a literal-derived SecureString.
$saffronSecure = ConvertTo-SecureString 'Saffron-Gate#339' -AsPlainText -Force
$saffronNc = [Net.NetworkCredential]::new('svc@contoso.com', $saffronSecure)   # expect: AUTH002

# Parameter with a literal default.
function New-RelayCredential {
    param([string]$RelayPlain = 'Param-Juniper#77')
    [System.Net.NetworkCredential]::new('relay@contoso.com', $RelayPlain)   # expect: AUTH002
}
$paramNc = New-RelayCredential
