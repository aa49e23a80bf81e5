#Requires -Version 5.1
<#
.SYNOPSIS
    Nightly infrastructure health report for the Contoso server estate.

.DESCRIPTION
    Collects disk, service, uptime, patch and event log information from a list of
    Windows servers, renders an HTML summary and mails it to the operations team
    through Exchange Online (smtp.office365.com, port 587, STARTTLS).

    The script is intended to run from Task Scheduler under a dedicated service
    account. The SMTP credential is stored with Export-Clixml under that account,
    so only the same user on the same machine can decrypt it.

.PARAMETER ComputerName
    One or more servers to query. Defaults to the contents of servers.txt next to
    the script.

.PARAMETER To
    Recipients of the report.

.PARAMETER DiskWarningPercent
    Free-space percentage below which a volume is flagged as a warning.

.PARAMETER DiskCriticalPercent
    Free-space percentage below which a volume is flagged as critical.

.PARAMETER CredentialPath
    Path of the Clixml file holding the PSCredential for the sending mailbox.

.PARAMETER OutputFolder
    Folder where a copy of the HTML report and the CSV exports are kept.

.PARAMETER SkipEventLog
    Do not collect System/Application event log errors (much faster).

.EXAMPLE
    .\mail_report.ps1 -ComputerName srv-app01, srv-app02 -To ops@contoso.com

.EXAMPLE
    .\mail_report.ps1 -DiskWarningPercent 20 -DiskCriticalPercent 8 -Verbose

.NOTES
    Author : Infrastructure Team, Contoso Ltd.
    Version: 2.4.1
    History:
      2.4.1  Switched from Get-WmiObject to Get-CimInstance where possible.
      2.3.0  Added pending reboot detection.
      2.0.0  Moved to Office 365 SMTP relay with TLS 1.2.
#>
[CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'FromFile')]
param(
    [Parameter(ParameterSetName = 'Explicit', Mandatory = $true, ValueFromPipeline = $true,
        ValueFromPipelineByPropertyName = $true, Position = 0)]
    [Alias('CN', 'Server', 'DNSHostName')]
    [ValidateNotNullOrEmpty()]
    [string[]]$ComputerName,

    [Parameter(ParameterSetName = 'FromFile')]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string]$ServerList = (Join-Path -Path $PSScriptRoot -ChildPath 'servers.txt'),

    [Parameter()]
    [ValidatePattern('^[^@\s]+@[^@\s]+\.[a-z]{2,}$')]
    [string[]]$To = @('it-operations@contoso.com'),

    [Parameter()]
    [string[]]$Cc = @(),

    [Parameter()]
    [string]$From = 'reports-noreply@contoso.com',

    [Parameter()]
    [ValidateRange(1, 99)]
    [int]$DiskWarningPercent = 15,

    [Parameter()]
    [ValidateRange(1, 99)]
    [int]$DiskCriticalPercent = 5,

    [Parameter()]
    [ValidateRange(1, 720)]
    [int]$EventLogHours = 24,

    [Parameter()]
    [string]$CredentialPath = "$env:ProgramData\Contoso\Reports\smtp-cred.xml",

    [Parameter()]
    [string]$OutputFolder = "$env:ProgramData\Contoso\Reports\Archive",

    [Parameter()]
    [ValidateSet('Low', 'Normal', 'High')]
    [string]$Priority = 'Normal',

    [switch]$SkipEventLog,

    [switch]$NoMail
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Exchange Online refuses anything below TLS 1.2 on the submission endpoint.
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12

#region Script-level state
$script:StartTime   = Get-Date
$script:LogFile     = Join-Path -Path $OutputFolder -ChildPath ('report_{0:yyyyMMdd}.log' -f $script:StartTime)
$script:Warnings    = New-Object -TypeName System.Collections.ArrayList
$script:SmtpServer  = 'smtp.office365.com'
$script:SmtpPort    = 587
$script:ReportTitle = 'Contoso Server Health Report'
#endregion

function Write-Log {
    <#
    .SYNOPSIS
        Writes a timestamped line to the log file and the verbose stream.
    .PARAMETER Message
        Text to log.
    .PARAMETER Level
        Severity; WARN and ERROR are also collected for the report footer.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [AllowEmptyString()]
        [string]$Message,

        [ValidateSet('INFO', 'WARN', 'ERROR')]
        [string]$Level = 'INFO'
    )

    $line = '{0:yyyy-MM-dd HH:mm:ss} [{1,-5}] {2}' -f (Get-Date), $Level, $Message
    Write-Verbose -Message $line

    if ($Level -ne 'INFO') {
        [void]$script:Warnings.Add([pscustomobject]@{
                Time    = Get-Date
                Level   = $Level
                Message = $Message
            })
    }

    try {
        Add-Content -LiteralPath $script:LogFile -Value $line -Encoding UTF8 -ErrorAction Stop
    }
    catch {
        # Logging must never break the report itself.
        Write-Warning "Could not write to log file '$($script:LogFile)': $($_.Exception.Message)"
    }
}

function Initialize-OutputFolder {
    <#
    .SYNOPSIS
        Ensures the archive folder exists and prunes files older than 30 days.
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [int]$RetentionDays = 30
    )

    if (-not (Test-Path -LiteralPath $Path)) {
        if ($PSCmdlet.ShouldProcess($Path, 'Create folder')) {
            $null = New-Item -Path $Path -ItemType Directory -Force
        }
    }

    $cutoff = (Get-Date).AddDays(-$RetentionDays)
    Get-ChildItem -LiteralPath $Path -File -ErrorAction SilentlyContinue |
        Where-Object { $_.LastWriteTime -lt $cutoff -and $_.Extension -in '.html', '.csv', '.log' } |
        ForEach-Object {
            if ($PSCmdlet.ShouldProcess($_.FullName, 'Remove old report')) {
                Remove-Item -LiteralPath $_.FullName -Force
            }
        }
}

function Test-ServerOnline {
    <#
    .SYNOPSIS
        Quick reachability test that prefers WinRM and falls back to ICMP.
    .OUTPUTS
        System.Boolean
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )

    try {
        $null = Test-WSMan -ComputerName $Name -ErrorAction Stop
        return $true
    }
    catch {
        Write-Log -Message "WinRM not reachable on $Name, trying ping" -Level WARN
    }

    return [bool](Test-Connection -ComputerName $Name -Count 2 -Quiet -ErrorAction SilentlyContinue)
}

function Get-DiskReport {
    <#
    .SYNOPSIS
        Returns one object per fixed volume with capacity figures and a status.
    .PARAMETER Session
        An open CIM session to the target server.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [Microsoft.Management.Infrastructure.CimSession]$Session,

        [int]$Warning = $DiskWarningPercent,
        [int]$Critical = $DiskCriticalPercent
    )

    $disks = Get-CimInstance -CimSession $Session -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'

    foreach ($disk in $disks) {
        if (-not $disk.Size) { continue }

        $freePct = [math]::Round(($disk.FreeSpace / $disk.Size) * 100, 1)
        $status = switch ($freePct) {
            { $_ -lt $Critical } { 'Critical'; break }
            { $_ -lt $Warning }  { 'Warning'; break }
            default              { 'OK' }
        }

        [pscustomobject]@{
            Server      = $Session.ComputerName
            Drive       = $disk.DeviceID
            Label       = $disk.VolumeName
            SizeGB      = [math]::Round($disk.Size / 1GB, 1)
            FreeGB      = [math]::Round($disk.FreeSpace / 1GB, 1)
            FreePercent = $freePct
            Status      = $status
        }
    }
}

function Get-ServiceReport {
    <#
    .SYNOPSIS
        Lists automatic services that are not running, ignoring known noise.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [Microsoft.Management.Infrastructure.CimSession]$Session,

        [string[]]$Exclude = @('gupdate', 'RemoteRegistry', 'sppsvc', 'edgeupdate', 'MapsBroker', 'CDPSvc', 'tiledatamodelsvc')
    )

    $query = "SELECT Name, DisplayName, State, StartMode, StartName FROM Win32_Service WHERE StartMode = 'Auto' AND State <> 'Running'"

    Get-CimInstance -CimSession $Session -Query $query |
        Where-Object { $Exclude -notcontains $_.Name -and $_.Name -notlike 'GoogleUpdater*' } |
        Select-Object -Property @{ Name = 'Server'; Expression = { $Session.ComputerName } },
                                Name, DisplayName, State, StartName
}

function Get-UptimeInfo {
    <#
    .SYNOPSIS
        Returns last boot time, uptime and pending reboot state.
    .DESCRIPTION
        Falls back to Get-WmiObject for legacy hosts (Windows Server 2008 R2) that
        only expose DCOM.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Microsoft.Management.Infrastructure.CimSession]$Session
    )

    $os = $null
    if ($Session) {
        $os = Get-CimInstance -CimSession $Session -ClassName Win32_OperatingSystem -Property Caption, LastBootUpTime, Version, TotalVisibleMemorySize, FreePhysicalMemory
        $lastBoot = $os.LastBootUpTime
    }
    else {
        $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $Name -ErrorAction Stop
        $lastBoot = $os.ConvertToDateTime($os.LastBootUpTime)
    }

    $pending = $false
    try {
        $pending = Invoke-Command -ComputerName $Name -ErrorAction Stop -ScriptBlock {
            $keys = @(
                'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending'
                'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
            )
            $hit = $keys | Where-Object { Test-Path -Path $_ }
            $pfro = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' -Name PendingFileRenameOperations -ErrorAction SilentlyContinue
            [bool]($hit -or $pfro)
        }
    }
    catch {
        Write-Log -Message ("Pending reboot check failed on {0}: {1}" -f $Name, $_.Exception.Message) -Level WARN
    }

    $uptime = (Get-Date) - $lastBoot
    $memUsedPct = if ($os.TotalVisibleMemorySize) {
        [math]::Round((1 - ($os.FreePhysicalMemory / $os.TotalVisibleMemorySize)) * 100, 0)
    }
    else { $null }

    [pscustomobject]@{
        Server        = $Name
        OS            = $os.Caption -replace '^Microsoft\s+', ''
        Version       = $os.Version
        LastBoot      = $lastBoot
        UptimeDays    = [int][math]::Floor($uptime.TotalDays)
        MemoryUsedPct = $memUsedPct
        PendingReboot = $pending
    }
}

function Get-RecentEventErrors {
    <#
    .SYNOPSIS
        Summarises Error/Critical events from System and Application logs.
    .PARAMETER Hours
        Look-back window.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [int]$Hours = 24,

        [int]$Top = 10
    )

    $filter = @{
        LogName   = 'System', 'Application'
        Level     = 1, 2
        StartTime = (Get-Date).AddHours(-$Hours)
    }

    try {
        $events = Get-WinEvent -ComputerName $Name -FilterHashtable $filter -MaxEvents 2000 -ErrorAction Stop
    }
    catch [System.Exception] {
        if ($_.Exception.Message -match 'No events were found') {
            return
        }
        throw
    }

    $events |
        Group-Object -Property ProviderName, Id |
        Sort-Object -Property Count -Descending |
        Select-Object -First $Top |
        ForEach-Object {
            $sample = $_.Group | Select-Object -First 1
            $text = ($sample.Message -split "`r?`n")[0]
            if ($text.Length -gt 140) { $text = $text.Substring(0, 137) + '...' }

            [pscustomobject]@{
                Server   = $Name
                Provider = $sample.ProviderName
                EventId  = $sample.Id
                Count    = $_.Count
                LastSeen = ($_.Group | Measure-Object -Property TimeCreated -Maximum).Maximum
                Message  = $text
            }
        }
}

function Get-HotfixAge {
    <#
    .SYNOPSIS
        Days since the most recent hotfix was installed.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name)

    $latest = Get-HotFix -ComputerName $Name -ErrorAction SilentlyContinue |
        Where-Object InstalledOn |
        Sort-Object -Property InstalledOn -Descending |
        Select-Object -First 1

    if ($null -eq $latest) {
        return [pscustomobject]@{ Server = $Name; LastHotfix = 'n/a'; InstalledOn = $null; AgeDays = -1 }
    }

    [pscustomobject]@{
        Server      = $Name
        LastHotfix  = $latest.HotFixID
        InstalledOn = $latest.InstalledOn
        AgeDays     = ((Get-Date) - $latest.InstalledOn).Days
    }
}

function ConvertTo-HtmlEncoded {
    param([AllowNull()][object]$Value)
    if ($null -eq $Value) { return '' }
    return [System.Net.WebUtility]::HtmlEncode([string]$Value)
}

function New-HtmlTable {
    <#
    .SYNOPSIS
        Builds an HTML table from objects, colouring rows by a status property.
    .PARAMETER InputObject
        Objects to render.
    .PARAMETER StatusProperty
        Property whose value (OK/Warning/Critical) selects the CSS class.
    .PARAMETER Caption
        Optional table caption.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowNull()]
        [object[]]$InputObject,

        [string]$StatusProperty,

        [string]$Caption,

        [string[]]$Property
    )

    begin {
        $rows = [System.Collections.Generic.List[object]]::new()
    }
    process {
        foreach ($item in $InputObject) {
            if ($null -ne $item) { $rows.Add($item) }
        }
    }
    end {
        if ($rows.Count -eq 0) {
            return '<p class="empty">No items to report.</p>'
        }

        if (-not $Property) {
            $Property = $rows[0].PSObject.Properties.Name
        }

        $sb = New-Object -TypeName System.Text.StringBuilder
        [void]$sb.AppendLine('<table>')
        if ($Caption) {
            [void]$sb.AppendFormat('<caption>{0}</caption>', (ConvertTo-HtmlEncoded $Caption)).AppendLine()
        }

        [void]$sb.Append('<tr>')
        foreach ($p in $Property) {
            [void]$sb.AppendFormat('<th>{0}</th>', (ConvertTo-HtmlEncoded $p))
        }
        [void]$sb.AppendLine('</tr>')

        foreach ($row in $rows) {
            $class = ''
            if ($StatusProperty -and $row.$StatusProperty) {
                $class = ' class="{0}"' -f $row.$StatusProperty.ToString().ToLowerInvariant()
            }
            [void]$sb.Append("<tr$class>")
            foreach ($p in $Property) {
                $value = $row.$p
                if ($value -is [datetime]) {
                    $value = $value.ToString('yyyy-MM-dd HH:mm')
                }
                elseif ($value -is [bool]) {
                    $value = if ($value) { 'Yes' } else { 'No' }
                }
                [void]$sb.AppendFormat('<td>{0}</td>', (ConvertTo-HtmlEncoded $value))
            }
            [void]$sb.AppendLine('</tr>')
        }

        [void]$sb.AppendLine('</table>')
        $sb.ToString()
    }
}

function Get-SmtpCredential {
    <#
    .SYNOPSIS
        Loads the sending mailbox credential from an Export-Clixml file.
    .DESCRIPTION
        The file is created once, interactively, as the scheduled task account:
            Get-Credential reports-noreply@contoso.com | Export-Clixml -Path <CredentialPath>
    #>
    [CmdletBinding()]
    [OutputType([System.Management.Automation.PSCredential])]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )

    if (-not (Test-Path -LiteralPath $Path)) {
        throw [System.IO.FileNotFoundException]::new("Credential file not found. Create it with Export-Clixml as $env:USERDOMAIN\$env:USERNAME.", $Path)
    }

    $cred = Import-Clixml -LiteralPath $Path
    if ($cred -isnot [System.Management.Automation.PSCredential]) {
        throw "File '$Path' does not contain a PSCredential."
    }
    $cred
}

function Send-HealthReport {
    <#
    .SYNOPSIS
        Sends the rendered report through Exchange Online with retries.
    .PARAMETER Body
        Complete HTML document.
    .PARAMETER Attachment
        Files to attach (CSV exports).
    .PARAMETER MaxAttempts
        Number of attempts before giving up.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Subject,

        [Parameter(Mandatory)]
        [string]$Body,

        [string[]]$Attachment,

        [ValidateRange(1, 10)]
        [int]$MaxAttempts = 3
    )

    $credential = Get-SmtpCredential -Path $CredentialPath

    $mailParams = @{
        SmtpServer  = $script:SmtpServer
        Port        = $script:SmtpPort
        UseSsl      = $true
        Credential  = $credential
        From        = $From
        To          = $To
        Subject     = $Subject
        Body        = $Body
        BodyAsHtml  = $true
        Encoding    = [System.Text.Encoding]::UTF8
        Priority    = $Priority
        ErrorAction = 'Stop'
    }
    if ($Cc.Count -gt 0) { $mailParams['Cc'] = $Cc }
    if ($Attachment) {
        $existing = @($Attachment | Where-Object { Test-Path -LiteralPath $_ })
        if ($existing.Count) { $mailParams.Attachments = $existing }
    }

    if (-not $PSCmdlet.ShouldProcess(($To -join ', '), "Send '$Subject'")) {
        return
    }

    $attempt = 0
    $sent = $false
    while (-not $sent -and $attempt -lt $MaxAttempts) {
        $attempt++
        try {
            Send-MailMessage @mailParams -WarningAction SilentlyContinue
            $sent = $true
            Write-Log -Message "Report sent to $($To -join '; ') on attempt $attempt"
        }
        catch [System.Net.Mail.SmtpException] {
            $delay = [math]::Pow(2, $attempt) * 15
            Write-Log -Message ("SMTP error (attempt {0}/{1}): {2}. Retrying in {3}s" -f $attempt, $MaxAttempts, $_.Exception.Message, $delay) -Level WARN
            Start-Sleep -Seconds $delay
        }
        catch {
            Write-Log -Message "Unexpected error sending mail: $_" -Level ERROR
            throw
        }
    }

    if (-not $sent) {
        throw "Failed to send report after $MaxAttempts attempts."
    }
}

#region CSS and HTML templates
# The stylesheet is passed as a format argument ({10}) rather than expanded into the
# template, otherwise its braces would be taken as -f placeholders.
$css = @'
<style type="text/css">
  body      { font-family: "Segoe UI", Tahoma, Arial, sans-serif; font-size: 10pt; color: #222; }
  h1        { font-size: 16pt; color: #1f4e79; margin-bottom: 2px; }
  h2        { font-size: 12pt; color: #1f4e79; border-bottom: 1px solid #9dc3e6; margin-top: 24px; }
  table     { border-collapse: collapse; margin-bottom: 12px; min-width: 600px; }
  caption   { text-align: left; font-weight: bold; padding: 4px 0; }
  th        { background: #1f4e79; color: #fff; padding: 4px 8px; text-align: left; }
  td        { border: 1px solid #d0d7de; padding: 3px 8px; }
  tr.ok td       { background: #ffffff; }
  tr.warning td  { background: #fff4ce; }
  tr.critical td { background: #fde7e9; color: #a80000; font-weight: 600; }
  p.empty   { color: #6a737d; font-style: italic; }
  .summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .footer   { font-size: 8pt; color: #6a737d; margin-top: 30px; }
</style>
'@

$htmlTemplate = @"
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>$($script:ReportTitle)</title>
{10}
</head>
<body>
<h1>$($script:ReportTitle)</h1>
<p>Generated on <b>{0:dddd, dd MMMM yyyy HH:mm}</b> by {1} on {2}.</p>
{3}
<h2>Disk space</h2>
{4}
<h2>Stopped automatic services</h2>
{5}
<h2>Uptime and reboot status</h2>
{6}
<h2>Patch level</h2>
{7}
<h2>Event log errors (last $EventLogHours h)</h2>
{8}
<div class="footer">
{9}
</div>
</body>
</html>
"@
#endregion

#region Main
try {
    Initialize-OutputFolder -Path $OutputFolder
    Write-Log -Message "Run started by $env:USERNAME on $env:COMPUTERNAME (PowerShell $($PSVersionTable.PSVersion))"

    if ($PSCmdlet.ParameterSetName -eq 'FromFile') {
        $ComputerName = Get-Content -LiteralPath $ServerList |
            ForEach-Object { $_.Trim() } |
            Where-Object { $_ -and -not $_.StartsWith('#') } |
            Sort-Object -Unique
    }
    Write-Log -Message ("{0} server(s) to process" -f @($ComputerName).Count)

    $diskResults    = [System.Collections.Generic.List[object]]::new()
    $serviceResults = [System.Collections.Generic.List[object]]::new()
    $uptimeResults  = [System.Collections.Generic.List[object]]::new()
    $hotfixResults  = [System.Collections.Generic.List[object]]::new()
    $eventResults   = [System.Collections.Generic.List[object]]::new()
    $unreachable    = @()

    $cimOptions = New-CimSessionOption -Protocol Wsman
    $dcomOptions = New-CimSessionOption -Protocol Dcom

    $i = 0
    foreach ($server in $ComputerName) {
        $i++
        $progress = @{
            Activity        = 'Collecting server health'
            Status          = "$server ($i of $(@($ComputerName).Count))"
            PercentComplete = [int](($i / @($ComputerName).Count) * 100)
        }
        Write-Progress @progress

        if (-not (Test-ServerOnline -Name $server)) {
            Write-Log -Message "$server is unreachable" -Level ERROR
            $unreachable += [pscustomobject]@{ Server = $server; Status = 'Critical'; Reason = 'No WinRM / ICMP response' }
            continue
        }

        $session = $null
        try {
            try {
                $session = New-CimSession -ComputerName $server -SessionOption $cimOptions -OperationTimeoutSec 60 -ErrorAction Stop
            }
            catch {
                Write-Log -Message "WSMan CIM session failed on $server, falling back to DCOM" -Level WARN
                $session = New-CimSession -ComputerName $server -SessionOption $dcomOptions -ErrorAction Stop
            }

            Get-DiskReport -Session $session | ForEach-Object { $diskResults.Add($_) }
            Get-ServiceReport -Session $session | ForEach-Object { $serviceResults.Add($_) }
            $uptimeResults.Add((Get-UptimeInfo -Name $server -Session $session))
            $hotfixResults.Add((Get-HotfixAge -Name $server))

            if (-not $SkipEventLog) {
                foreach ($evt in @(Get-RecentEventErrors -Name $server -Hours $EventLogHours)) {
                    $eventResults.Add($evt)
                }
            }
        }
        catch [Microsoft.Management.Infrastructure.CimException] {
            Write-Log -Message ("CIM failure on {0}: {1}" -f $server, $_.Exception.Message) -Level ERROR
            try {
                # Last resort for very old boxes with broken WinRM.
                $uptimeResults.Add((Get-UptimeInfo -Name $server))
                Get-WmiObject -Class Win32_LogicalDisk -Filter 'DriveType=3' -ComputerName $server |
                    ForEach-Object {
                        $pct = if ($_.Size) { [math]::Round($_.FreeSpace / $_.Size * 100, 1) } else { 0 }
                        $diskResults.Add([pscustomobject]@{
                                Server      = $server
                                Drive       = $_.DeviceID
                                Label       = $_.VolumeName
                                SizeGB      = [math]::Round($_.Size / 1GB, 1)
                                FreeGB      = [math]::Round($_.FreeSpace / 1GB, 1)
                                FreePercent = $pct
                                Status      = $(if ($pct -lt $DiskCriticalPercent) { 'Critical' } elseif ($pct -lt $DiskWarningPercent) { 'Warning' } else { 'OK' })
                            })
                    }
            }
            catch {
                Write-Log -Message "WMI fallback also failed on ${server}: $($_.Exception.Message)" -Level ERROR
            }
        }
        catch {
            Write-Log -Message ("Unhandled error on {0}: {1} (line {2})" -f $server, $_.Exception.Message, $_.InvocationInfo.ScriptLineNumber) -Level ERROR
        }
        finally {
            if ($session) {
                Remove-CimSession -CimSession $session -ErrorAction SilentlyContinue
            }
        }
    }
    Write-Progress -Activity 'Collecting server health' -Completed

    # Summary block ------------------------------------------------------------
    $critCount = @($diskResults | Where-Object Status -EQ 'Critical').Count + @($unreachable).Count
    $warnCount = @($diskResults | Where-Object Status -EQ 'Warning').Count + @($serviceResults).Count
    $rebootCount = @($uptimeResults | Where-Object PendingReboot).Count
    $oldPatches = @($hotfixResults | Where-Object { $_.AgeDays -gt 45 -or $_.AgeDays -lt 0 }).Count

    $summaryRows = @(
        [pscustomobject]@{ Item = 'Servers checked';          Value = @($ComputerName).Count }
        [pscustomobject]@{ Item = 'Unreachable';              Value = @($unreachable).Count }
        [pscustomobject]@{ Item = 'Critical findings';        Value = $critCount }
        [pscustomobject]@{ Item = 'Warnings';                 Value = $warnCount }
        [pscustomobject]@{ Item = 'Pending reboot';           Value = $rebootCount }
        [pscustomobject]@{ Item = 'Not patched for 45+ days'; Value = $oldPatches }
    )

    $summaryHtml = '<table class="summary">' + (($summaryRows | ForEach-Object {
                '<tr><td>{0}</td><td class="num">{1:N0}</td></tr>' -f $_.Item, $_.Value
            }) -join "`n") + '</table>'

    if ($unreachable) {
        $summaryHtml += "`n" + (New-HtmlTable -InputObject $unreachable -StatusProperty Status -Caption 'Unreachable servers')
    }

    $diskHtml = $diskResults |
        Sort-Object -Property @{ Expression = { switch ($_.Status) { 'Critical' { 0 } 'Warning' { 1 } default { 2 } } } }, Server, Drive |
        New-HtmlTable -StatusProperty Status -Property Server, Drive, Label, SizeGB, FreeGB, FreePercent, Status

    $serviceHtml = New-HtmlTable -InputObject $serviceResults.ToArray() -Property Server, Name, DisplayName, State, StartName
    $uptimeHtml = $uptimeResults | Sort-Object -Property UptimeDays -Descending | New-HtmlTable
    $hotfixHtml = $hotfixResults | Sort-Object AgeDays -Descending | New-HtmlTable -Property Server, LastHotfix, InstalledOn, AgeDays
    $eventHtml = if ($SkipEventLog) {
        '<p class="empty">Event log collection skipped (-SkipEventLog).</p>'
    }
    else {
        $eventResults | Sort-Object -Property Count -Descending | New-HtmlTable
    }

    $elapsed = (Get-Date) - $script:StartTime
    $footerLines = [System.Collections.Generic.List[string]]::new()
    $footerLines.Add(('Run time: {0:mm\:ss} &middot; Script: {1} &middot; Host: {2}' -f $elapsed, (Split-Path -Leaf $PSCommandPath), $env:COMPUTERNAME))
    foreach ($w in $script:Warnings | Select-Object -Last 20) {
        $footerLines.Add(('{0:HH:mm:ss} {1}: {2}' -f $w.Time, $w.Level, (ConvertTo-HtmlEncoded $w.Message)))
    }

    $html = $htmlTemplate -f $script:StartTime, $env:USERNAME, $env:COMPUTERNAME,
        $summaryHtml, $diskHtml, $serviceHtml, $uptimeHtml, $hotfixHtml, $eventHtml,
        ($footerLines -join '<br />'), $css

    # Archive --------------------------------------------------------------------
    $stamp = $script:StartTime.ToString('yyyyMMdd_HHmm')
    $htmlPath = Join-Path $OutputFolder "health_$stamp.html"
    $diskCsv = Join-Path $OutputFolder "disks_$stamp.csv"
    $svcCsv = Join-Path $OutputFolder "services_$stamp.csv"

    $html | Set-Content -LiteralPath $htmlPath -Encoding UTF8
    $diskResults | Export-Csv -LiteralPath $diskCsv -NoTypeInformation -Encoding UTF8
    $serviceResults | Export-Csv -LiteralPath $svcCsv -NoTypeInformation -Encoding UTF8
    Write-Log -Message "Report archived to $htmlPath"

    # Mail -----------------------------------------------------------------------
    $state = if ($critCount -gt 0) { 'CRITICAL' } elseif ($warnCount -gt 0) { 'WARNING' } else { 'OK' }
    $subject = '[{0}] {1} - {2:yyyy-MM-dd} ({3} critical, {4} warnings)' -f $state, $script:ReportTitle, $script:StartTime, $critCount, $warnCount

    if ($state -eq 'CRITICAL' -and $Priority -eq 'Normal') {
        $Priority = 'High'
    }

    if ($NoMail) {
        Write-Log -Message 'Mail suppressed by -NoMail'
    }
    else {
        Send-HealthReport -Subject $subject -Body $html -Attachment $diskCsv, $svcCsv
    }

    $exitCode = switch ($state) {
        'OK'       { 0 }
        'WARNING'  { 1 }
        'CRITICAL' { 2 }
    }
}
catch {
    $exitCode = 3
    $message = "Report run failed: $($_.Exception.Message)`n$($_.ScriptStackTrace)"
    Write-Log -Message $message -Level ERROR

    # Try a minimal plain-text alert so a broken run does not go unnoticed.
    try {
        $alert = @{
            SmtpServer = 'smtp.office365.com'
            Port       = 587
            UseSsl     = $true
            Credential = Import-Clixml -LiteralPath $CredentialPath
            From       = $From
            To         = 'it-operations@contoso.com'
            Subject    = "[FAILED] $($script:ReportTitle) on $env:COMPUTERNAME"
            Body       = $message
        }
        Send-MailMessage @alert -ErrorAction Stop
    }
    catch {
        Write-Warning "Could not send failure alert: $($_.Exception.Message)"
    }
}
finally {
    $duration = New-TimeSpan -Start $script:StartTime -End (Get-Date)
    Write-Log -Message ("Run finished in {0:N1} s with exit code {1}" -f $duration.TotalSeconds, $exitCode)
    Get-CimSession -ErrorAction SilentlyContinue | Remove-CimSession -ErrorAction SilentlyContinue
}

exit $exitCode
#endregion
