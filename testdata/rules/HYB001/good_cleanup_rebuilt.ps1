# expect-none: HYB001
# Clean-up scripts rebuild the list of the credentials they keep: copies of existing entries
# (key = $k.key) are not new credentials. Also: negated filters, empty JSON bodies, reads.
Connect-MgGraph -Scopes 'Application.ReadWrite.All' -NoWelcome
$exo = Get-MgServicePrincipal -Filter "appId eq '00000002-0000-0ff1-ce00-000000000000'"

# keep every key but the old Auth certificate, copied as [PSCustomObject] entries
$keep = New-Object System.Collections.Generic.List[object]
foreach ($k in $exo.KeyCredentials) {
    if ($k.CustomKeyIdentifier -eq $oldThumbprint) { continue }
    $keep.Add([PSCustomObject]@{ key = $k.key; type = $k.type; usage = $k.usage })
}
if ($keep.Count -ge 1) {
    $body = [PSCustomObject]@{ keyCredentials = $keep }
} else {
    $body = @{ 'keyCredentials' = @() }
}
Invoke-MgGraphRequest -Method PATCH -Uri "v1.0/servicePrincipals/$($exo.Id)" -Body ($body | ConvertTo-Json -Depth 4)

# empty lists as JSON text or a piped hashtable
Invoke-MgGraphRequest -Method PATCH -Uri "v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')" -Body '{"keyCredentials":[]}'
Invoke-RestMethod -Method Patch -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$($exo.Id)" -Body (@{ 'passwordCredentials' = @() } | ConvertTo-Json) -Headers $headers -ContentType 'application/json'

# a filter that EXCLUDES the Exchange Online service principal
$others = Get-MgServicePrincipal -All | Where-Object { $_.AppId -ne '00000002-0000-0ff1-ce00-000000000000' -and $_.DisplayName -like 'automation-*' }
foreach ($sp in $others) { Add-MgServicePrincipalPassword -ServicePrincipalId $sp.Id }

# GET requests (the default method) on the credential endpoints and on the service principal
Invoke-MgGraphRequest "v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')"
Invoke-RestMethod -Uri "https://graph.microsoft.com/v1.0/servicePrincipals/$($exo.Id)?`$select=keyCredentials" -Headers $headers

# a variable that feeds its own request (following a redirect, paging): analysed without looping
$next = 'https://aka.ms/some-download'
$next = (Invoke-WebRequest -Uri $next -MaximumRedirection 0 -UseBasicParsing -ErrorAction Ignore).Headers.Location
$page = Invoke-MgGraphRequest -Method GET -Uri 'v1.0/servicePrincipals'
while ($page.'@odata.nextLink') {
    $page = Invoke-MgGraphRequest -Method GET -Uri $page.'@odata.nextLink'
}
