#Requires -Version 7.0
<#
    smtp_tools.ps1 - dot-source this file to get a set of mail helpers.

        . "$PSScriptRoot\smtp_tools.ps1"

    Two transports are supported:
      * classic SMTP submission through System.Net.Mail (kept for devices and
        legacy jobs that still use authenticated SMTP against smtp.office365.com)
      * Microsoft Graph (Send-MgUserMail / Invoke-MgGraphRequest), which is what
        new automation should use.

    Addresses in this file are placeholders (contoso.com, fabrikam.com, example.com).
#>

using namespace System.Net.Mail
using namespace System.Collections.Generic

Set-StrictMode -Version Latest

$script:MailDefaults = [ordered]@{
    SmtpHost      = 'smtp.office365.com'
    SmtpPort      = 587
    Sender        = 'automation@contoso.com'
    ReplyTo       = 'servicedesk@contoso.com'
    MaxAttachMB   = 25
    GraphEndpoint = 'https://graph.microsoft.com/v1.0'
    ThrottleLimit = 4
}

$script:AddressPattern = '^(?<local>[A-Za-z0-9._%+-]+)@(?<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})$'

#region Address helpers

function Split-MailAddress {
    <#
    .SYNOPSIS
        Splits an address into local part and domain; returns $null when invalid.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Address
    )
    process {
        $clean = $Address.Trim().Trim('<', '>').Trim()
        if ($clean -match '^"?(?<name>[^"<]*)"?\s*<(?<addr>[^>]+)>$') {
            $display = $Matches.name.Trim()
            $clean = $Matches.addr
        }
        else {
            $display = $null
        }

        if ($clean -notmatch $script:AddressPattern) {
            Write-Warning "Not a valid address: '$Address'"
            return
        }

        [pscustomobject]@{
            DisplayName = $display
            LocalPart   = $Matches['local']
            Domain      = $Matches['domain'].ToLowerInvariant()
            Address     = '{0}@{1}' -f $Matches['local'], $Matches['domain'].ToLowerInvariant()
        }
    }
}

function Get-UniqueRecipients {
    [CmdletBinding()]
    [OutputType([List[string]])]
    param(
        [Parameter(Mandatory)]
        [AllowEmptyCollection()]
        [string[]]$Address,

        [string[]]$AllowedDomain = @('contoso.com', 'fabrikam.com', 'example.com')
    )

    $seen = [HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
    $list = [System.Collections.Generic.List[string]]::new()

    $Address -split '[;,]' |
        ForEach-Object { $_.Trim() } |
        Where-Object { $_ } |
        Split-MailAddress |
        Where-Object { $AllowedDomain -contains $_.Domain } |
        ForEach-Object {
            if ($seen.Add($_.Address)) { $list.Add($_.Address) }
        }

    # Return the list itself rather than letting the pipeline unroll it.
    , $list
}

function Format-MailSubject {
    param(
        [Parameter(Mandatory)][string]$Subject,
        [string]$Tag,
        [int]$MaxLength = 120
    )

    $s = $Subject -replace '[\r\n\t]+', ' ' -replace '\s{2,}', ' '
    $s = $Tag ? "[$($Tag.ToUpperInvariant())] $s" : $s
    ($s.Length -gt $MaxLength) ? $s.Substring(0, $MaxLength - 1) + '…' : $s
}

#endregion

#region System.Net.Mail

function New-SmtpClient {
    <#
    .SYNOPSIS
        Returns a configured System.Net.Mail.SmtpClient.
    .DESCRIPTION
        SmtpClient is marked obsolete for new development but is still the
        simplest option for quick notifications. Caller must Dispose() it.
    #>
    [CmdletBinding()]
    [OutputType([System.Net.Mail.SmtpClient])]
    param(
        [string]$HostName = $script:MailDefaults.SmtpHost,
        [int]$Port = $script:MailDefaults.SmtpPort,
        [pscredential]$Credential,
        [int]$TimeoutMs = 100000
    )

    $client = [System.Net.Mail.SmtpClient]::new($HostName, $Port)
    $client.EnableSsl = $true
    $client.DeliveryMethod = [SmtpDeliveryMethod]::Network
    $client.Timeout = $TimeoutMs

    if ($Credential) {
        $client.UseDefaultCredentials = $false
        $client.Credentials = $Credential.GetNetworkCredential()
    }
    else {
        Write-Verbose 'No credential supplied; using anonymous submission (connector must allow it).'
    }
    $client
}

function New-MailMessageObject {
    [CmdletBinding()]
    [OutputType([System.Net.Mail.MailMessage])]
    param(
        [Parameter(Mandatory)][string[]]$To,
        [string[]]$Cc = @(),
        [string[]]$Bcc = @(),
        [string]$From = $script:MailDefaults.Sender,
        [Parameter(Mandatory)][string]$Subject,
        [string]$TextBody,
        [string]$HtmlBody,
        [string[]]$Attachment = @(),
        [hashtable]$InlineImage = @{},
        [ValidateSet('Low', 'Normal', 'High')][string]$Priority = 'Normal'
    )

    $msg = [MailMessage]::new()
    $msg.From = [MailAddress]::new($From, 'Contoso Automation')
    $msg.ReplyToList.Add($script:MailDefaults.ReplyTo)
    $msg.Subject = Format-MailSubject -Subject $Subject
    $msg.SubjectEncoding = [System.Text.Encoding]::UTF8
    $msg.BodyEncoding = [System.Text.Encoding]::UTF8
    $msg.Priority = [MailPriority]$Priority
    $msg.Headers.Add('X-Contoso-Automation', $MyInvocation.MyCommand.Name)

    foreach ($addr in (Get-UniqueRecipients -Address $To)) { $msg.To.Add($addr) }
    foreach ($addr in (Get-UniqueRecipients -Address $Cc)) { $msg.CC.Add($addr) }
    foreach ($addr in (Get-UniqueRecipients -Address $Bcc)) { $msg.Bcc.Add($addr) }

    if ($msg.To.Count -eq 0) {
        $msg.Dispose()
        throw 'No valid recipients after filtering.'
    }

    if ($HtmlBody) {
        $msg.IsBodyHtml = $true
        $msg.Body = $TextBody ?? ($HtmlBody -replace '<[^>]+>', '')

        $htmlView = [AlternateView]::CreateAlternateViewFromString($HtmlBody, [System.Text.Encoding]::UTF8, 'text/html')
        foreach ($cid in $InlineImage.Keys) {
            $path = $InlineImage[$cid]
            $mime = switch -Wildcard ([IO.Path]::GetExtension($path).ToLowerInvariant()) {
                '.png' { 'image/png' }
                '.jp*g' { 'image/jpeg' }
                '.gif' { 'image/gif' }
                default { 'application/octet-stream' }
            }
            $res = [LinkedResource]::new($path, $mime)
            $res.ContentId = $cid
            $res.TransferEncoding = [System.Net.Mime.TransferEncoding]::Base64
            $htmlView.LinkedResources.Add($res)
        }
        $msg.AlternateViews.Add($htmlView)
    }
    else {
        $msg.Body = $TextBody ?? ''
    }

    $totalBytes = 0L
    foreach ($file in $Attachment) {
        $item = Get-Item -LiteralPath $file -ErrorAction Stop
        $totalBytes += $item.Length
        if ($totalBytes -gt $script:MailDefaults.MaxAttachMB * 1MB) {
            $msg.Dispose()
            throw ("Attachments exceed {0} MB (stopped at '{1}')." -f $script:MailDefaults.MaxAttachMB, $item.Name)
        }
        $att = [Attachment]::new($item.FullName)
        $att.ContentDisposition.FileName = $item.Name
        $att.ContentDisposition.ModificationDate = $item.LastWriteTime
        $msg.Attachments.Add($att)
    }

    $msg
}

function Send-SmtpMessage {
    <#
    .SYNOPSIS
        Sends a message via SMTP submission with STARTTLS and disposes everything.
    .EXAMPLE
        $cred = Import-Clixml "$HOME\.secrets\smtp.xml"
        Send-SmtpMessage -To ops@contoso.com -Subject 'Backup done' -TextBody 'OK' -Credential $cred
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string[]]$To,
        [Parameter(Mandatory)][string]$Subject,
        [string]$TextBody,
        [string]$HtmlBody,
        [string[]]$Attachment,
        [pscredential]$Credential = (Get-Secret -Name ContosoSmtp -ErrorAction SilentlyContinue),
        [int]$RetryCount = 2
    )

    $msgParams = @{} + $PSBoundParameters
    'Credential', 'RetryCount', 'WhatIf', 'Confirm', 'Verbose' | ForEach-Object { $msgParams.Remove($_) }

    $message = $null
    $client = $null
    try {
        $message = New-MailMessageObject @msgParams
        $client = New-SmtpClient -Credential $Credential

        if (-not $PSCmdlet.ShouldProcess(($message.To -join ', '), "Send '$($message.Subject)'")) { return }

        for ($i = 0; $i -le $RetryCount; $i++) {
            try {
                $client.Send($message)
                Write-Verbose "Sent '$($message.Subject)' to $($message.To.Count) recipient(s)"
                break
            }
            catch [SmtpFailedRecipientsException] {
                foreach ($inner in $_.Exception.InnerExceptions) {
                    Write-Warning ("Recipient {0} failed: {1}" -f $inner.FailedRecipient, $inner.StatusCode)
                }
                break
            }
            catch [SmtpException] {
                $code = $_.Exception.StatusCode
                $transient = $code -in [SmtpStatusCode]::ServiceNotAvailable, [SmtpStatusCode]::MailboxBusy, [SmtpStatusCode]::TransactionFailed
                if (-not $transient -or $i -eq $RetryCount) { throw }
                Start-Sleep -Seconds (5 * ($i + 1))
            }
        }
    }
    finally {
        ${message}?.Dispose()
        if ($null -ne $client) { $client.Dispose() }
    }
}

function Test-SmtpEndpoint {
    <#
    .SYNOPSIS
        Opens a TCP connection and reads the SMTP banner and EHLO response.
    #>
    [CmdletBinding()]
    param(
        [string]$HostName = $script:MailDefaults.SmtpHost,
        [int]$Port = 587,
        [int]$TimeoutMs = 5000
    )

    $tcp = [System.Net.Sockets.TcpClient]::new()
    try {
        $connect = $tcp.ConnectAsync($HostName, $Port)
        if (-not $connect.Wait($TimeoutMs)) {
            return [pscustomobject]@{ Host = $HostName; Port = $Port; Reachable = $false; Banner = $null; StartTls = $false }
        }

        $stream = $tcp.GetStream()
        $reader = [System.IO.StreamReader]::new($stream)
        $writer = [System.IO.StreamWriter]::new($stream)
        $writer.AutoFlush = $true
        $writer.NewLine = "`r`n"

        $banner = $reader.ReadLine()
        $writer.WriteLine("EHLO $([System.Net.Dns]::GetHostName())")

        $capabilities = [List[string]]::new()
        do {
            $line = $reader.ReadLine()
            if ($line -match '^250[- ](?<cap>.+)$') { $capabilities.Add($Matches.cap) }
        } until ($null -eq $line -or $line -match '^\d{3} ')

        $writer.WriteLine('QUIT')

        [pscustomobject]@{
            Host         = $HostName
            Port         = $Port
            Reachable    = $true
            Banner       = $banner
            StartTls     = $capabilities -contains 'STARTTLS'
            Capabilities = $capabilities -join ', '
        }
    }
    catch {
        [pscustomobject]@{ Host = $HostName; Port = $Port; Reachable = $false; Banner = $_.Exception.Message; StartTls = $false }
    }
    finally {
        $tcp.Dispose()
    }
}

#endregion

#region Microsoft Graph

function Connect-MailGraph {
    [CmdletBinding()]
    param(
        [string]$TenantId = 'contoso.onmicrosoft.com',
        [string]$ClientId = '11111111-2222-3333-4444-555555555555',
        [string]$CertificateThumbprint = 'FEDCBA9876543210FEDCBA9876543210FEDCBA98'
    )

    $ctx = Get-MgContext
    if ($ctx -and $ctx.ClientId -eq $ClientId) {
        Write-Verbose "Graph already connected as $($ctx.AppName ?? $ctx.ClientId)"
        return
    }

    Import-Module Microsoft.Graph.Authentication -ErrorAction Stop
    Connect-MgGraph -TenantId $TenantId -ClientId $ClientId -CertificateThumbprint $CertificateThumbprint -NoWelcome `
        && Write-Verbose 'Connected to Microsoft Graph' `
        || Write-Error -Message 'Connect-MgGraph failed' -ErrorAction Stop
}

function ConvertTo-GraphRecipient {
    param([string[]]$Address)

    , @(
        (Get-UniqueRecipients -Address ($Address ?? @())) | ForEach-Object {
            @{ emailAddress = @{ address = $_ } }
        }
    )
}

function ConvertTo-GraphAttachment {
    param([string[]]$Path)

    foreach ($p in $Path) {
        $file = Get-Item -LiteralPath $p
        [ordered]@{
            '@odata.type' = '#microsoft.graph.fileAttachment'
            name          = $file.Name
            contentType   = (($file.Extension -eq '.csv') ? 'text/csv' : 'application/octet-stream')
            contentBytes  = [Convert]::ToBase64String([IO.File]::ReadAllBytes($file.FullName))
        }
    }
}

function Send-GraphMail {
    <#
    .SYNOPSIS
        Sends mail as a mailbox through Microsoft Graph (Mail.Send application permission).
    .PARAMETER From
        Mailbox (UPN or object id) that sends the message.
    .EXAMPLE
        Send-GraphMail -From automation@contoso.com -To ops@contoso.com -Subject Test -Body '<p>Hello</p>'
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string]$From = $script:MailDefaults.Sender,
        [Parameter(Mandatory)][string[]]$To,
        [string[]]$Cc,
        [Parameter(Mandatory)][string]$Subject,
        [Parameter(Mandatory)][string]$Body,
        [ValidateSet('HTML', 'Text')][string]$ContentType = 'HTML',
        [string[]]$Attachment,
        [switch]$NoSaveToSentItems
    )

    $params = @{
        Message         = @{
            Subject      = Format-MailSubject -Subject $Subject
            Body         = @{
                ContentType = $ContentType
                Content     = $Body
            }
            ToRecipients = ConvertTo-GraphRecipient -Address $To
            Importance   = 'normal'
        }
        SaveToSentItems = -not $NoSaveToSentItems.IsPresent
    }

    if ($Cc) { $params.Message.CcRecipients = ConvertTo-GraphRecipient -Address $Cc }
    if ($Attachment) { $params.Message.Attachments = @(ConvertTo-GraphAttachment -Path $Attachment) }

    if ($PSCmdlet.ShouldProcess(($To -join ', '), "Send-MgUserMail as $From")) {
        Connect-MailGraph
        Send-MgUserMail -UserId $From -BodyParameter $params -ErrorAction Stop
    }
}

function Send-GraphMailRaw {
    <#
    .SYNOPSIS
        Same as Send-GraphMail but through Invoke-MgGraphRequest, which avoids
        loading the large Microsoft.Graph.Users.Actions module.
    #>
    [CmdletBinding()]
    param(
        [string]$From = $script:MailDefaults.Sender,
        [Parameter(Mandatory)][string[]]$To,
        [Parameter(Mandatory)][string]$Subject,
        [Parameter(Mandatory)][string]$HtmlBody,
        [string[]]$Attachment,
        [hashtable]$ExtraHeader = @{}
    )

    $message = [ordered]@{
        subject      = $Subject
        body         = [ordered]@{ contentType = 'HTML'; content = $HtmlBody }
        toRecipients = ConvertTo-GraphRecipient -Address $To
    }

    if ($ExtraHeader.Count) {
        $message.internetMessageHeaders = @(
            foreach ($k in $ExtraHeader.Keys) {
                # Graph only accepts custom headers that start with X-
                $name = $k.StartsWith('X-', 'OrdinalIgnoreCase') ? $k : "X-$k"
                @{ name = $name; value = [string]$ExtraHeader[$k] }
            }
        )
    }
    if ($Attachment) {
        $message.attachments = @(ConvertTo-GraphAttachment -Path $Attachment)
    }

    $payload = @{ message = $message; saveToSentItems = $true } | ConvertTo-Json -Depth 10 -Compress
    Write-Verbose ("Payload size: {0:N0} bytes" -f [Text.Encoding]::UTF8.GetByteCount($payload))

    $uri = '{0}/users/{1}/sendMail' -f $script:MailDefaults.GraphEndpoint, [uri]::EscapeDataString($From)
    Connect-MailGraph
    Invoke-MgGraphRequest -Method POST -Uri $uri -Body $payload -ContentType 'application/json; charset=utf-8' -ErrorAction Stop
}

function Get-GraphMailboxMessages {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Mailbox,
        [string]$Filter = "receivedDateTime ge $((Get-Date).AddDays(-1).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ'))",
        [int]$Top = 50
    )

    $uri = "$($script:MailDefaults.GraphEndpoint)/users/$Mailbox/messages?`$filter=$([uri]::EscapeDataString($Filter))&`$top=$Top&`$select=subject,from,receivedDateTime,hasAttachments"
    $results = [List[object]]::new()

    while ($uri) {
        $page = Invoke-MgGraphRequest -Method GET -Uri $uri -OutputType PSObject
        $page.value | ForEach-Object { $results.Add($_) }
        $uri = $page.'@odata.nextLink'
    }

    $results
    | Select-Object @{ n = 'Received'; e = { [datetime]$_.receivedDateTime } },
        @{ n = 'From'; e = { $_.from.emailAddress.address } },
        subject, hasAttachments
    | Sort-Object Received -Descending
}

#endregion

#region Bulk and parsing

function Send-BulkNotification {
    <#
    .SYNOPSIS
        Sends personalised notifications in parallel (PowerShell 7+).
    .PARAMETER Recipient
        Objects with Email, Name and optional Language properties (e.g. Import-Csv).
    .PARAMETER Template
        Text with {Name} and {Date} placeholders.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject[]]$Recipient,

        [Parameter(Mandatory)]
        [string]$Template,

        [string]$Subject = 'Planned maintenance',

        [ValidateRange(1, 16)]
        [int]$ThrottleLimit = $script:MailDefaults.ThrottleLimit
    )

    begin {
        $all = [List[psobject]]::new()
        $functionDefs = @{
            'Send-GraphMailRaw'        = ${function:Send-GraphMailRaw}.ToString()
            'ConvertTo-GraphRecipient' = ${function:ConvertTo-GraphRecipient}.ToString()
            'Get-UniqueRecipients'     = ${function:Get-UniqueRecipients}.ToString()
            'Split-MailAddress'        = ${function:Split-MailAddress}.ToString()
            'Connect-MailGraph'        = ${function:Connect-MailGraph}.ToString()
        }
        $defaults = $script:MailDefaults
    }
    process {
        $Recipient | ForEach-Object { $all.Add($_) }
    }
    end {
        $bag = [System.Collections.Concurrent.ConcurrentBag[psobject]]::new()

        $all | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
            $r = $_
            $script:MailDefaults = $using:defaults
            $script:AddressPattern = '^(?<local>[A-Za-z0-9._%+-]+)@(?<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})$'
            $defs = $using:functionDefs
            foreach ($entry in $defs.GetEnumerator()) {
                Set-Item -Path "function:$($entry.Key)" -Value ([scriptblock]::Create($entry.Value))
            }

            $greeting = switch ($r.Language ?? 'en') {
                'fr' { 'Bonjour' }
                'de' { 'Hallo' }
                'ja' { 'こんにちは' }
                default { 'Hello' }
            }

            $text = $using:Template -replace '\{Name\}', $r.Name -replace '\{Date\}', (Get-Date -Format 'dddd d MMMM')
            $html = "<p>$greeting $([System.Net.WebUtility]::HtmlEncode($r.Name)),</p><p>$text</p>"

            $outcome = try {
                Send-GraphMailRaw -To $r.Email -Subject $using:Subject -HtmlBody $html -ErrorAction Stop
                'Sent'
            }
            catch {
                "Failed: $($_.Exception.Message)"
            }

            ($using:bag).Add([pscustomobject]@{ Email = $r.Email; Result = $outcome; Thread = [Threading.Thread]::CurrentThread.ManagedThreadId })
        }

        $bag.ToArray() | Sort-Object Email
    }
}

function ConvertFrom-MailHeader {
    <#
    .SYNOPSIS
        Parses raw RFC 5322 headers (e.g. pasted from Outlook) into an ordered table.
    .DESCRIPTION
        Unfolds continuation lines, keeps repeated headers (Received) as arrays and
        extracts SPF / DKIM / DMARC verdicts from Authentication-Results.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$RawHeader
    )

    process {
        $unfolded = $RawHeader -replace "`r`n", "`n" -replace "`n[ `t]+", ' '
        $headers = [ordered]@{}

        foreach ($line in $unfolded -split "`n") {
            if ($line -notmatch '^(?<name>[!-9;-~]+):\s*(?<value>.*)$') { continue }
            $name = $Matches.name
            $value = $Matches.value.Trim()

            if ($headers.Contains($name)) {
                $headers[$name] = @($headers[$name]) + $value
            }
            else {
                $headers[$name] = $value
            }
        }

        $auth = $headers['Authentication-Results'] ?? ''
        $verdicts = [ordered]@{}
        foreach ($mech in 'spf', 'dkim', 'dmarc', 'compauth') {
            $verdicts[$mech] = ($auth -match "\b$mech=(\w+)") ? $Matches[1] : 'none'
        }

        $hops = @($headers['Received']).Count
        $fromDomain = if ("$($headers['From'])" -match '@(?<d>[\w.-]+)') { $Matches.d } else { $null }

        [pscustomobject]@{
            Subject    = $headers['Subject']
            From       = $headers['From']
            FromDomain = $fromDomain
            MessageId  = ($headers['Message-ID'] ?? $headers['Message-Id']) -replace '[<>]'
            Hops       = $hops
            Spf        = $verdicts.spf
            Dkim       = $verdicts.dkim
            Dmarc      = $verdicts.dmarc
            Headers    = $headers
        }
    }
}

function Get-SmtpLogSummary {
    <#
    .SYNOPSIS
        Summarises an IIS SMTP / relay protocol log by remote IP and response code.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [datetime]$Since = (Get-Date).Date
    )

    $codes = @{}
    $hosts = @{}

    Get-Content -LiteralPath $Path -ReadCount 1000 |
        ForEach-Object { $_ } |
        Where-Object { $_ -and $_[0] -ne '#' } |
        ForEach-Object {
            $cols = $_ -split ' '
            if ($cols.Count -lt 8) { return }

            $stamp = [datetime]::MinValue
            if (-not [datetime]::TryParse("$($cols[0]) $($cols[1])", [ref]$stamp) -or $stamp -lt $Since) { return }

            $ip = $cols[2]
            $hosts[$ip] = ($hosts[$ip] ?? 0) + 1

            if ($cols[-1] -match '^(?<code>[245]\d{2})') {
                $code = $Matches.code
                $codes[$code] ??= 0
                $codes[$code]++
            }
        }

    [pscustomobject]@{
        TopHosts  = $hosts.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 10 -Property @{ n = 'IP'; e = { $_.Key } }, @{ n = 'Lines'; e = { $_.Value } }
        Responses = $codes.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0}={1}' -f $_.Key, $_.Value }
        Failures  = ($codes.Keys | Where-Object { $_ -like '5*' } | ForEach-Object { $codes[$_] } | Measure-Object -Sum).Sum ?? 0
    }
}

#endregion

#region Quick self-test when run directly

if ($MyInvocation.InvocationName -ne '.') {
    $probe = Test-SmtpEndpoint -Verbose:$false
    $probe.Reachable ? (Write-Host "SMTP $($probe.Host):$($probe.Port) OK, STARTTLS=$($probe.StartTls)" -ForegroundColor Green) : (Write-Host "SMTP $($probe.Host) unreachable: $($probe.Banner)" -ForegroundColor Red)

    $sample = @'
Received: from mail.fabrikam.com (203.0.113.25) by mx.contoso.com
 with ESMTPS id abc123; Tue, 4 Jun 2024 09:12:44 +0000
Authentication-Results: spf=pass smtp.mailfrom=fabrikam.com; dkim=pass header.d=fabrikam.com; dmarc=pass action=none header.from=fabrikam.com; compauth=pass reason=100
From: "Pat Example" <pat@fabrikam.com>
To: ops@contoso.com
Subject: Weekly figures
Message-ID: <20240604091244.1234@fabrikam.com>
'@
    $sample | ConvertFrom-MailHeader | Format-List Subject, FromDomain, Spf, Dkim, Dmarc, Hops

    $todo = [List[string]]::new()
    Get-Command -Name Send-MgUserMail -ErrorAction SilentlyContinue || $todo.Add('Install-Module Microsoft.Graph.Users.Actions')
    Get-Command -Name Get-Secret -ErrorAction SilentlyContinue || $todo.Add('Install-Module Microsoft.PowerShell.SecretManagement')
    if ($todo.Count) {
        Write-Host "Optional modules missing:`n  $($todo -join "`n  ")"
    }
}

#endregion
