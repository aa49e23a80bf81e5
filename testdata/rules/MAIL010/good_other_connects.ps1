# expect-none: MAIL010
# No Graph send at all: Exchange Online and Azure sessions, mail via EXO cmdlets.
Connect-ExchangeOnline -AppId $env:APP_ID -CertificateThumbprint $env:THUMB -Organization contoso.onmicrosoft.com
Get-Mailbox -ResultSize 10
Send-MgUserMailFake -UserId x
