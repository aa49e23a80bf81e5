# Helper dot-sourced by TLS003 fixtures (not a fixture itself).
# Only defines a function; TLS 1.2 is enabled when the caller runs it.
function Enable-MailTls12 {
    [CmdletBinding()]
    param()
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    Write-Verbose "SecurityProtocol: $([Net.ServicePointManager]::SecurityProtocol)"
}
