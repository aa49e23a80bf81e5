# expect-none: HYB002
# The script also points the EvoSTS Auth Server at the dedicated app (a GUID other than 00000002-...).
$dedicatedAppId = '66666666-7777-8888-9999-000000000000'
Get-PartnerApplication | Where-Object ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' | Set-PartnerApplication -Enabled $true
Set-AuthServer -Identity 'EvoSTS - 6f1c2b3a-9d7e-4c1f-8a2b-3c4d5e6f7a8b' -ApplicationIdentifier $dedicatedAppId
