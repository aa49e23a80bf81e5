# expect-none: EXO005
# Parameter prefixes that match several parameters of the real cmdlet: PowerShell refuses
# these calls, so they change nothing.
Set-TransportConfig -S $false
Set-OrganizationConfig -O $false
Set-AuthenticationPolicy -Identity 'Legacy' -AllowBasicAuth
