# TLS005 (note): session options with skipped checks passed only to Connect-ExchangeOnline or
# Connect-IPPSSession without -UseRPSSession. ExchangeOnlineManagement 3.x connects over REST
# and uses -PSSessionOption only with -UseRPSSession, so nothing is skipped today; adding
# -UseRPSSession would turn the checks off. TestFixtureLevels checks that these are notes.
$exoOptions = New-PSSessionOption -SkipCACheck -SkipCNCheck   # expect: TLS005
Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -PSSessionOption $exoOptions -ShowBanner:$false
Connect-IPPSSession -UserPrincipalName admin@contoso.onmicrosoft.com -PSSessionOption (New-PSSessionOption -SkipCNCheck)   # expect: TLS005
$explicitRest = New-PSSessionOption -SkipCACheck   # expect: TLS005
Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -PSSessionOption $explicitRest -UseRPSSession:$false
