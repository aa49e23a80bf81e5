# expect-none: EXO003
Set-InboundConnector -Identity 'From on-prem' -Enabled $false
