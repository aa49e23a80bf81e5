# Re-enabling SMTP AUTH and Basic authentication.
Connect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumb -Organization 'contoso.onmicrosoft.com'

# 1. one mailbox (note)
Set-CASMailbox -Identity 'mfp@contoso.com' -SmtpClientAuthenticationDisabled $false   # expect: EXO005

# 2. many mailboxes through the pipeline (warning)
Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Set-CASMailbox -SmtpClientAuthenticationDisabled $false   # expect: EXO005

# 3. many mailboxes in a loop (warning), -Param:value form
foreach ($address in (Get-Content -Path .\scanner-mailboxes.txt)) {
    Set-CASMailbox -Identity $address -SmtpClientAuthenticationDisabled:$false   # expect: EXO005
}

# 4. ForEach-Object over a CSV
Import-Csv -Path .\devices.csv | ForEach-Object { Set-CASMailbox -Identity $_.Mailbox -SmtpClientAuthenticationDisabled $false }   # expect: EXO005

# 5. new authentication policy that allows Basic auth for SMTP (error)
New-AuthenticationPolicy -Name 'Allow SMTP Basic' -AllowBasicAuthSmtp   # expect: EXO005

# 6. switch with an explicit $true
Set-AuthenticationPolicy -Identity 'Printers' -AllowBasicAuthSmtp:$true   # expect: EXO005

# 7. modern auth for Outlook turned off (error)
Set-OrganizationConfig -OAuth2ClientProfileEnabled $false   # expect: EXO005

# 8. lower case
set-transportconfig -smtpclientauthenticationdisabled $false   # expect: EXO005

# 9. several Basic-auth switches in one command: one finding
Set-AuthenticationPolicy -Identity 'Legacy devices' -AllowBasicAuthSmtp -AllowBasicAuthPop -AllowBasicAuthImap   # expect: EXO005
