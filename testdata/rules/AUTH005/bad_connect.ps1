# AUTH005: the V1 MFA module's Connect-EXOPSSession and the V2/V3 -UseRPSSession mode
# (the latter at warning level).
Connect-EXOPSSession -UserPrincipalName admin@contoso.com   # expect: AUTH005
Connect-EXOPSSession -UserPrincipalName admin@contoso.com -ConnectionUri https://outlook.office365.com/powershell-liveid/   # expect: AUTH005
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -UseRPSSession   # expect: AUTH005
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -UseRPSSession:$true -ShowBanner:$false   # expect: AUTH005
