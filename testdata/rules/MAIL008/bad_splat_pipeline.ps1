# MAIL008: the JSON is built inside the splatted request hashtable (a pipeline as the
# entry value), the way several public scripts write it.
$requestBody = @{
    message = @{
        subject      = $EmailSubject
        body         = @{ contentType = 'HTML'; content = $emailBodyHtml }
        toRecipients = @(@{ emailAddress = @{ address = $RecipientEmail } })
    }
    saveToSentItems = 'true'
}
$request = @{
    Headers     = @{ Authorization = "Bearer $token" }
    Method      = 'Post'
    Uri         = "https://graph.microsoft.com/v1.0/users/$SenderEmail/sendMail"
    Body        = $requestBody | ConvertTo-Json
    ContentType = 'application/json'
}
Invoke-RestMethod @request   # expect: MAIL008

# URI extended from its own earlier value.
$graphUri = "https://graph.microsoft.com/v1.0/users/$SenderEmail"
$graphUri = "$graphUri/sendMail"
$payload = $requestBody | ConvertTo-Json
Invoke-MgGraphRequest -Method POST -Uri $graphUri -Body $payload   # expect: MAIL008
