# AUTH003: hashtable keys, properties and named arguments with secret names.
# For a multi-line hashtable the result is on the key's line.

$relaySettings = @{
    Server   = 'mail.contoso.com'
    Port     = 587
    Password = 'Quill-Harbor#350'   # expect: AUTH003
}

$tokenBody = @{
    grant_type    = 'client_credentials'
    client_id     = '00000000-0000-0000-0000-0000000c0de1'
    'client_secret' = 'hV7~Bramble.Kestrel-81'   # expect: AUTH003
    scope         = 'https://graph.microsoft.com/.default'
}

$storage = [pscustomobject]@{ AccountName = 'contosomail'; AccessKey = 'AKFIXTURE-Heron-5567' }   # expect: AUTH003

$relaySettings.SmtpPassword = 'Nettle-Brook#4471'   # expect: AUTH003
$relaySettings['SharedKey'] = 'Sparrow-Delta-6690'   # expect: AUTH003

Invoke-Sqlcmd -ServerInstance sql01.contoso.com -Database Reports -Username report -Password 'Juniper-Vault#12' -Query 'SELECT 1'   # expect: AUTH003
Publish-Module -Name Contoso.Mail -NuGetApiKey 'oy2fixture-Walnut-3381'   # expect: AUTH003
Connect-PnPOnline -Url https://sharepoint.example.com/sites/ops -ClientId $appId -ClientSecret:'Xc4~Moss.Lantern-07'   # expect: AUTH003

function Send-Report {
    param(
        [string]$To,
        [string]$RelayPassword = 'Param-Cinder#608'   # expect: AUTH003
    )
    "sending to $To"
}
Send-Report -To ops@contoso.com
