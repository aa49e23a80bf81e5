# MAIL003: a splat built in nested if/else branches, none with UseSsl or Credential, and
# sent much later under a guard on the variable itself: only a defined splat reaches the send.
param(
    [string[]] $Recipients,
    [switch] $SendReport,
    [switch] $AsHtml
)

$summary = Get-ChildItem -Path 'D:\exports' -Filter '*.csv' | Measure-Object
if ($SendReport) {
    if ($AsHtml) {
        $EmailSplat = @{
            To         = $Recipients
            From       = 'exports@contoso.com'
            Subject    = 'Export summary'
            SmtpServer = 'relay.contoso.com'
            Body       = "<p>$($summary.Count) files</p>"
            BodyAsHtml = $true
        }
    } else {
        $EmailSplat = @{
            To         = $Recipients
            From       = 'exports@contoso.com'
            Subject    = 'Export summary'
            SmtpServer = 'relay.contoso.com'
            Body       = "$($summary.Count) files"
        }
    }
}

Write-Output "Processed $($summary.Count) files"

if ($EmailSplat) { Send-MailMessage @EmailSplat }   # expect: MAIL003

# The same with the other guard spelling and a $null reset on the other path.
$alert = $null
if ($summary.Count -eq 0) {
    $alert = @{ To = 'ops@contoso.com'; From = 'exports@contoso.com'; Subject = 'No exports'; SmtpServer = 'relay.contoso.com' }
}
if ($null -ne $alert) {
    Send-MailMessage @alert   # expect: MAIL003
}
