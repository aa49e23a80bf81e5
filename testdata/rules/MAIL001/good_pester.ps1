# expect-none: MAIL001
# Pester: Mock, Should -Invoke and Assert-MockCalled name the cmdlet without calling it.
BeforeAll {
    function Invoke-NightlyReport {
        param([string] $Recipient)
        $message = @{ subject = 'Nightly'; toRecipients = @(@{ emailAddress = @{ address = $Recipient } }) }
        Send-MgUserMail -UserId 'reports@contoso.com' -Message $message
    }
}

Describe 'Invoke-NightlyReport' {
    BeforeEach {
        Mock Send-MailMessage { }
        Mock -CommandName Send-MgUserMail -MockWith { }
        Mock -CommandName 'Send-MailMessage' -ParameterFilter { $SmtpServer -eq 'relay.contoso.com' } -MockWith { throw 'must not be called' }
    }

    It 'sends through Graph, never through SMTP' {
        Invoke-NightlyReport -Recipient 'ops@contoso.com'
        Should -Invoke -CommandName Send-MgUserMail -Times 1 -Exactly
        Should -Invoke -CommandName Send-MailMessage -Times 0 -Exactly
        Assert-MockCalled Send-MailMessage -Exactly 0
    }
}
