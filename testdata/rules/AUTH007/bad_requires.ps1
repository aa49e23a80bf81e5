# AUTH007: #Requires statements naming the retired modules. A #Requires line is itself a
# comment, so the expectation goes on the line above it.
# expect-next-line: AUTH007
#Requires -Modules MSOnline
# expect-next-line: AUTH007
#Requires -Modules @{ ModuleName = 'AzureAD'; ModuleVersion = '2.0.2.140' }

Get-Date
