# A module that keeps its sender to itself.
function Send-Hidden {
    Send-MailMessage -From 'a@contoso.example' -To 'b@contoso.example' -Subject 'x' -SmtpServer 'mail.contoso.example'
}

function Get-HiddenConfig {
    @{ Server = 'mail.contoso.example' }
}

Export-ModuleMember -Function Get-HiddenConfig
