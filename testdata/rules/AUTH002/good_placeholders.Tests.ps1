# expect-none: AUTH002
# Pester tests build credentials from dummy values on purpose: no placeholder note in *.Tests.ps1.
Describe 'Send-Report' {
    It 'passes the credential on' {
        $credential = [pscredential]::new('tester', (ConvertTo-SecureString 'PlainTextPassword' -AsPlainText -Force))
        $proxy = [System.Net.NetworkCredential]::new('user', 'changeme')
        $credential.UserName | Should -Be 'tester'
    }
}
