# MSOnline: the appId given directly, in a variable, in upper case, and through lookups.
Connect-MsolService
$cert = Get-Item -Path 'Cert:\LocalMachine\My\0123456789ABCDEF0123456789ABCDEF01234567'
$credValue = [System.Convert]::ToBase64String($cert.GetRawCertData())

# 1. appId literal as a bare word
New-MsolServicePrincipalCredential -AppPrincipalId 00000002-0000-0ff1-ce00-000000000000 -Type asymmetric -Usage Verify -Value $credValue   # expect: HYB001

# 2. appId literal as -ServicePrincipalName, -Param:value form
New-MsolServicePrincipalCredential -ServicePrincipalName:'00000002-0000-0ff1-ce00-000000000000' -Type asymmetric -Usage Verify -Value $credValue   # expect: HYB001

# 3. appId in upper case
New-MsolServicePrincipalCredential -AppPrincipalId '00000002-0000-0FF1-CE00-000000000000' -Type Asymmetric -Usage Verify -Value $credValue   # expect: HYB001

# 4. appId from a variable
$ServiceName = '00000002-0000-0ff1-ce00-000000000000'
New-MsolServicePrincipalCredential -AppPrincipalId $ServiceName -Type asymmetric -Usage Verify -Value $credValue   # expect: HYB001

# 5. lookup with the appId in a variable, -ObjectId from the result, lower case
$p = Get-MsolServicePrincipal -ServicePrincipalName $ServiceName
new-msolserviceprincipalcredential -objectid $p.ObjectId -type asymmetric -usage verify -value $credValue   # expect: HYB001

# 6. hashtable splat
$msolCred = @{
    AppPrincipalId = $p.AppPrincipalId
    Type           = 'asymmetric'
    Usage          = 'Verify'
    Value          = $credValue
    StartDate      = (Get-Date)
    EndDate        = $cert.NotAfter
}
New-MsolServicePrincipalCredential @msolCred   # expect: HYB001

# 7. backtick-continued command
# expect-next-line: HYB001
New-MsolServicePrincipalCredential -AppPrincipalId $p.AppPrincipalId `
    -Type asymmetric `
    -Usage Verify `
    -Value $credValue
