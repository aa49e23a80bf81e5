# expect-none: TLS005
# EWS autodiscover that only follows redirections to an expected HTTPS host.
Add-Type -Path 'C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll'
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$svc.UseDefaultCredentials = $true
$svc.AutodiscoverUrl('ops@contoso.com', {
        param([string]$redirectUrl)
        $uri = [Uri]$redirectUrl
        $uri.Scheme -eq 'https' -and $uri.Host -eq 'autodiscover.contoso.com'
    })
$svc.AutodiscoverUrl('ops@contoso.com')
