# expect-none: AUTH004
# Token-based, integrated and certificate authentication; Base64 that is not a credential.

$graphToken = (Get-AzAccessToken -ResourceUrl 'https://graph.microsoft.com').Token
Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/users -Headers @{ Authorization = "Bearer $graphToken" }
Invoke-RestMethod -Uri https://api.example.com/v1/me -Headers @{ Authorization = ('Bearer {0}' -f $graphToken) }

$secureToken = ConvertTo-SecureString $graphToken -AsPlainText -Force
Invoke-RestMethod -Uri https://api.example.com/v1/me -Authentication Bearer -Token $secureToken
Invoke-RestMethod -Uri https://api.example.com/v1/me -Authentication OAuth -Token $secureToken
Invoke-WebRequest -Uri https://intranet.example.com/status -UseDefaultCredentials
Invoke-RestMethod -Uri https://api.example.com/v1/me -Certificate (Get-Item Cert:\CurrentUser\My\0123456789ABCDEF0123456789ABCDEF01234567)

# Switch explicitly off.
Invoke-WebRequest -Uri https://intranet.example.com/status -AllowUnencryptedAuthentication:$false

# Base64 of a file for a Graph attachment is not a credential.
$bytes = [System.IO.File]::ReadAllBytes('C:\reports\daily.pdf')
$attachmentB64 = [Convert]::ToBase64String($bytes)
$mailBody = @{
    message = @{
        subject     = 'Daily report'
        attachments = @(@{ '@odata.type' = '#microsoft.graph.fileAttachment'; name = 'daily.pdf'; contentBytes = $attachmentB64 })
    }
}
Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/users/svc@contoso.com/sendMail' -Body $mailBody

# Other headers that mention "Basic".
Invoke-RestMethod -Uri https://api.example.com/v1/ping -Headers @{ 'User-Agent' = 'Basic client 1.0'; 'X-Auth-Scheme' = 'Basic' }
$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'Basic client 1.0')
$bearer = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $graphToken)

# Mentions in comments and strings.
# Invoke-RestMethod -Uri https://api.example.com -Headers @{ Authorization = "Basic $old" }
Write-Verbose 'Basic authentication is disabled for this API.'
