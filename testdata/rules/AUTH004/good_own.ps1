# expect-none: AUTH004
# Web calls that do not send Basic credentials.

# -Credential without -Authentication: not one of the AUTH004 forms.
$apiCred = Get-Credential -Message 'API account'
Invoke-RestMethod -Uri https://api.example.com/v1/orders -Credential $apiCred

# Header variable reassigned to a bearer header before the call.
$headers = @{ Authorization = "Basic $oldB64" }
$headers = @{ Authorization = "Bearer $newToken" }
Invoke-RestMethod -Uri https://api.example.com/v1/orders -Headers $headers

# Header key removed before the call.
$trimmed = @{ Authorization = "Basic $oldB64"; Accept = 'application/json' }
$trimmed.Remove('Authorization')
Invoke-RestMethod -Uri https://api.example.com/v1/orders -Headers $trimmed

# Headers built by an unknown function: value unknown.
$unknownHeaders = Get-ApiHeaders -Profile nightly
Invoke-RestMethod -Uri https://api.example.com/v1/orders -Headers $unknownHeaders

# Microsoft Graph SDK handles tokens itself.
Connect-MgGraph -Identity -NoWelcome
Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/users?$top=5'
