Set-InboundConnector -Identity 'From on-prem' -Enabled $true   # expect: EXO003
