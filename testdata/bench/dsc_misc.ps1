#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
    dsc_misc.ps1

    Builds the DSC configuration for the Contoso on-premises SMTP relay servers
    (IIS 6 SMTP service, used by scanners and line-of-business apps to reach
    Exchange Online), pushes it, and contains a few maintenance helpers that
    still run on Windows PowerShell 5.1 (the workflow in particular).

    Everything here is an example: example.com / contoso.com, fake IPs from
    the documentation ranges.
#>

# Localised strings. Only literals and ConvertFrom-StringData are allowed here.
$Messages = DATA {
    ConvertFrom-StringData -StringData @'
Start        = Compiling relay configuration
Done         = Configuration applied to {0} node(s)
NoNodes      = No nodes matched the filter
Retry        = Attempt {0} failed, waiting {1} seconds
Banner       = Contoso SMTP relay - authorised use only
'@
}

data FrenchMessages {
    ConvertFrom-StringData @'
Start        = Compilation de la configuration du relais
Done         = Configuration appliquée à {0} nœud(s)
NoNodes      = Aucun nœud ne correspond au filtre
Retry        = Tentative {0} échouée, nouvelle tentative dans {1} secondes
Banner       = Relais SMTP Contoso – usage réservé au personnel autorisé
'@
}

data RelayComment {
    if ($PSUICulture -like 'de*') {
        'Weiterleitung für Geräte und Drucker – bitte nicht ändern'
    }
    else {
        'Relay for devices and printers - do not modify'
    }
}

$ui = if ($PSUICulture -like 'fr*') { $FrenchMessages } else { $Messages }

# Any unexpected terminating error in the top-level script is logged, then execution
# continues with the next statement.
trap [System.Management.Automation.CommandNotFoundException] {
    Write-Warning "Command not found: $($_.TargetObject). Is the module installed?"
    continue
}

trap {
    $line = '{0:u} ERROR {1} (line {2})' -f (Get-Date), $_.Exception.Message, $_.InvocationInfo.ScriptLineNumber
    $line >> "$env:TEMP\dsc_misc.log"
    Write-Warning $line
    continue
}

#region Configuration data

$ConfigData = @{
    AllNodes = @(
        @{
            NodeName                    = '*'
            PSDscAllowDomainUser        = $true
            CertificateFile             = 'C:\DscCerts\dsc-encryption.cer'
            Thumbprint                  = 'AAAABBBBCCCCDDDDEEEEFFFF0000111122223333'
            SmartHost                   = 'contoso-com.mail.protection.outlook.com'
            AllowedRelayRanges          = @('192.0.2.0/24', '198.51.100.0/24')
            LogRoot                     = 'D:\SmtpLogs'
        }
        @{
            NodeName = 'RELAY01'
            Role     = 'Relay', 'Monitoring'
            Site     = 'Paris'
            Contact  = 'Renée Müller <renee.muller@contoso.com>'
        }
        @{
            NodeName = 'RELAY02'
            Role     = 'Relay'
            Site     = 'München'
            Contact  = 'Jürgen Schäfer <juergen.schaefer@contoso.com>'
        }
        @{
            NodeName = 'RELAY-TYO'
            Role     = 'Relay'
            Site     = '東京'
            Contact  = '山田 太郎 <taro.yamada@contoso.com>'
            LogRoot  = 'E:\SmtpLogs'
        }
    )
    NonNodeData = @{
        Organization = 'Contoso Ltd.'
        Banner       = $ui.Banner
        Notes        = '日本 site uses drive E: for logs; all others use D:'
    }
}

#endregion

#region DSC configuration

[DscLocalConfigurationManager()]
Configuration RelayLcm {
    param(
        [string[]]$ComputerName = 'localhost'
    )

    Node $ComputerName {
        Settings {
            RefreshMode                    = 'Push'
            ConfigurationMode              = 'ApplyAndAutoCorrect'
            ConfigurationModeFrequencyMins = 30
            RebootNodeIfNeeded             = $false
            ActionAfterReboot              = 'ContinueConfiguration'
            CertificateID                  = 'AAAABBBBCCCCDDDDEEEEFFFF0000111122223333'
        }
    }
}

Configuration SmtpRelay {
    param(
        [Parameter(Mandatory)]
        [pscredential]$ServiceCredential,

        [ValidateRange(1, 65535)]
        [int]$Port = 25
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName NetworkingDsc -ModuleVersion 9.0.0

    Node $AllNodes.Where{ $_.Role -contains 'Relay' }.NodeName {

        $logRoot = $Node.LogRoot
        $smartHost = $Node.SmartHost

        WindowsFeature SmtpServer {
            Name                 = 'SMTP-Server'
            Ensure               = 'Present'
            IncludeAllSubFeature = $true
        }

        WindowsFeature WebMgmtTools {
            Name   = 'Web-Mgmt-Tools'
            Ensure = 'Present'
        }

        File SmtpLogFolder {
            DestinationPath = $logRoot
            Type            = 'Directory'
            Ensure          = 'Present'
        }

        File RelayReadme {
            DestinationPath = Join-Path $logRoot 'README.txt'
            Contents        = "$RelayComment`r`nSite: $($Node.Site)`r`nContact: $($Node.Contact)`r`n$($ConfigurationData.NonNodeData.Notes)"
            Ensure          = 'Present'
            DependsOn       = '[File]SmtpLogFolder'
        }

        Service SmtpService {
            Name        = 'SMTPSVC'
            StartupType = 'Automatic'
            State       = 'Running'
            Credential  = $ServiceCredential
            DependsOn   = '[WindowsFeature]SmtpServer'
        }

        Registry DisableLegacyTls {
            Key       = 'HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server'
            ValueName = 'Enabled'
            ValueType = 'Dword'
            ValueData = '0'
            Ensure    = 'Present'
            Force     = $true
        }

        Firewall SmtpInbound {
            Name          = 'Contoso-SMTP-Relay-In'
            DisplayName   = 'SMTP relay (devices)'
            Ensure        = 'Present'
            Enabled       = 'True'
            Direction     = 'Inbound'
            LocalPort     = "$Port"
            Protocol      = 'TCP'
            RemoteAddress = $Node.AllowedRelayRanges
            Profile       = 'Domain', 'Private'
        }

        Script SmartHostSettings {
            GetScript = {
                $vs = [ADSI]'IIS://localhost/SmtpSvc/1'
                @{ Result = "$($vs.SmartHost)|$($vs.SmartHostType)" }
            }
            TestScript = {
                $vs = [ADSI]'IIS://localhost/SmtpSvc/1'
                $vs.SmartHost -eq $using:smartHost -and $vs.SmartHostType -eq 2
            }
            SetScript = {
                $vs = [ADSI]'IIS://localhost/SmtpSvc/1'
                $vs.Put('SmartHost', $using:smartHost)
                $vs.Put('SmartHostType', 2)
                $vs.Put('LogFileDirectory', $using:logRoot)
                $vs.Put('ConnectionTimeout', 600)
                $vs.SetInfo()
                Restart-Service -Name SMTPSVC -Force
            }
            DependsOn = '[Service]SmtpService', '[File]SmtpLogFolder'
        }

        if ($Node.Role -contains 'Monitoring') {
            Environment RelayRole {
                Name   = 'CONTOSO_RELAY_ROLE'
                Value  = ($Node.Role -join ';')
                Ensure = 'Present'
            }
        }
    }
}

#endregion

#region Legacy workflow (Windows PowerShell 5.1 only)

workflow Invoke-RelayMaintenance {
    param(
        [Parameter(Mandatory)]
        [string[]]$Relays,

        [int]$KeepDays = 30
    )

    foreach -parallel -throttlelimit 4 ($relay in $Relays) {
        sequence {
            $before = InlineScript {
                (Get-ChildItem -Path "\\$using:relay\d$\SmtpLogs" -Filter '*.log' -ErrorAction SilentlyContinue | Measure-Object -Property Length -Sum).Sum
            } -PSComputerName $relay

            InlineScript {
                $cutoff = (Get-Date).AddDays(-$using:KeepDays)
                Get-ChildItem -Path 'D:\SmtpLogs' -Filter '*.log' |
                    Where-Object LastWriteTime -lt $cutoff |
                    Remove-Item -Force
                Get-ChildItem -Path 'C:\inetpub\mailroot\Badmail' -ErrorAction SilentlyContinue | Remove-Item -Force
            } -PSComputerName $relay

            parallel {
                Restart-Service -Name SMTPSVC -PSComputerName $relay
                Write-Verbose -Message "Logs on $relay were $before bytes before cleanup"
            }
        }
    }
}

#endregion

#region Helpers

function Wait-SmtpQueueEmpty {
    [CmdletBinding()]
    param(
        [string]$QueuePath = 'C:\inetpub\mailroot\Queue',
        [int]$TimeoutSeconds = 300,
        [int]$PollSeconds = 10
    )

    $deadline = (Get-Date).AddSeconds($TimeoutSeconds)
    $attempt = 0
    do {
        $attempt++
        $pending = @(Get-ChildItem -Path $QueuePath -Filter '*.eml' -ErrorAction SilentlyContinue).Count
        if ($pending -gt 0) {
            Write-Verbose ($ui.Retry -f $attempt, $PollSeconds)
            Start-Sleep -Seconds $PollSeconds
        }
    } until ($pending -eq 0 -or (Get-Date) -gt $deadline)

    return ($pending -eq 0)
}

function Find-StuckMessage {
    <#
    .SYNOPSIS
        Scans queue and Badmail folders per relay; stops at the first file
        older than the threshold on each relay.
    #>
    [CmdletBinding()]
    param(
        [string[]]$Relay = @('RELAY01', 'RELAY02', 'RELAY-TYO'),
        [string[]]$Folder = @('Queue', 'Badmail', 'Drop'),
        [timespan]$Threshold = (New-TimeSpan -Hours 2)
    )

    $found = New-Object System.Collections.ArrayList

    :relayLoop foreach ($r in $Relay) {
        if (-not (Test-Connection -ComputerName $r -Count 1 -Quiet)) {
            Write-Warning "$r unreachable; skipping"
            continue relayLoop
        }

        :folderLoop foreach ($f in $Folder) {
            $path = "\\$r\c$\inetpub\mailroot\$f"
            $files = Get-ChildItem -LiteralPath $path -File 2> $null
            if (-not $files) { continue folderLoop }

            for ($i = 0; $i -lt $files.Count; $i++) {
                $file = $files[$i]
                if ($file.Name -like '*.tmp') { continue }

                if (((Get-Date) - $file.LastWriteTime) -gt $Threshold) {
                    [void]$found.Add([pscustomobject]@{
                            Relay  = $r
                            Folder = $f
                            File   = $file.Name
                            Age    = '{0:%d}d {0:hh}h{0:mm}' -f ((Get-Date) - $file.LastWriteTime)
                        })
                    # One stale file is enough to flag this relay.
                    break folderLoop
                }

                if ($found.Count -ge 50) {
                    Write-Warning 'More than 50 stuck messages; stopping scan.'
                    break relayLoop
                }
            }
        }
    }

    $found
}

function Test-RelayDelivery {
    <#
    .SYNOPSIS
        Sends a probe through each relay (anonymous, internal port 25) and
        counts rejected sessions in today's SMTP log.
    #>
    [CmdletBinding()]
    param(
        [string[]]$Relay = @('RELAY01', 'RELAY02'),
        [string]$Recipient = 'relay-probe@contoso.com'
    )

    foreach ($r in $Relay) {
        $probe = @{
            SmtpServer = "$r.corp.contoso.com"
            Port       = 25
            From       = "probe-$($r.ToLower())@example.com"
            To         = $Recipient
            Subject    = "Relay probe $r $(Get-Date -Format s)"
            Body       = "Test via $r – ignorez ce message / bitte ignorieren / 無視してください"
            Encoding   = 'UTF8'
        }

        $sent = $true
        try { Send-MailMessage @probe -ErrorAction Stop -WarningAction SilentlyContinue }
        catch { $sent = $false; Write-Warning "Probe via $r failed: $_" }

        $log = "\\$r\d$\SmtpLogs\SMTPSVC1\ex$(Get-Date -Format yyMMdd).log"
        $rejected = 0
        $sessions = 0
        if (Test-Path -LiteralPath $log) {
            switch -Regex -File $log {
                '^#'            { continue }
                ' 5\d\d\s*$'    { $rejected++; $sessions++; continue }
                ' EHLO | HELO ' { $sessions++ }
            }
        }

        [pscustomobject]@{ Relay = $r; ProbeSent = $sent; Sessions = $sessions; Rejected = $rejected }
    }
}

function Get-RelayBannerText {
    param([ValidateSet('en', 'fr', 'de', 'ja')][string]$Language = 'en')

    switch ($Language) {
        'fr' { "Relais SMTP Contoso – accès réservé. Déconnectez-vous si vous n’êtes pas autorisé." }
        'de' { 'Contoso SMTP-Relay – Zugriff nur für Befugte. Überwachung aktiv.' }
        'ja' { 'Contoso SMTP リレー – 許可された利用者のみ (日本)' }
        default { 'Contoso SMTP relay – authorised use only.' }
    }
}

#endregion

#region Main

Write-Host ($ui.Start) -ForegroundColor Cyan

$outDir = Join-Path $env:TEMP 'SmtpRelayMof'
Remove-Item -Path $outDir -Recurse -Force -ErrorAction SilentlyContinue > $null
New-Item -Path $outDir -ItemType Directory -Force | Out-Null

$cred = Get-Credential -UserName 'CONTOSO\svc-smtprelay' -Message 'Service account for SMTPSVC'

# Compile; warnings from the DSC compiler are merged into the output stream and logged.
$compileOutput = SmtpRelay -ConfigurationData $ConfigData -ServiceCredential $cred -OutputPath $outDir 3>&1 2>&1
$compileOutput | ForEach-Object { "$_" } >> "$outDir\compile.log"

RelayLcm -ComputerName ($ConfigData.AllNodes | Where-Object { $_.NodeName -ne '*' }).NodeName -OutputPath "$outDir\lcm" *> $null

$mofs = Get-ChildItem -Path $outDir -Filter '*.mof'
if (-not $mofs) {
    Write-Warning $ui.NoNodes
    return
}

# Open the relay port on the build host as well, with the exact netsh syntax the
# network team documented (stop-parsing so PowerShell leaves the quotes alone).
netsh.exe --% advfirewall firewall add rule name="Contoso SMTP relay" dir=in action=allow protocol=TCP localport=25 remoteip=192.0.2.0/24,198.51.100.0/24

# Service recovery options: restart after 60 s, reset the failure count daily.
sc.exe --% failure SMTPSVC reset= 86400 actions= restart/60000/restart/60000//

$status = sc.exe query SMTPSVC 2>&1 | Out-String
if ($status -match 'STATE\s+:\s+\d+\s+(?<state>\w+)') {
    Write-Verbose "Local SMTPSVC state: $($Matches.state)"
}

Get-Service –Name SMTPSVC -ErrorAction SilentlyContinue | Select-Object Name, Status, StartType

Set-DscLocalConfigurationManager -Path "$outDir\lcm" -Verbose 4>&1 | Out-File -FilePath "$outDir\lcm.log" -Encoding utf8
Start-DscConfiguration -Path $outDir -Wait -Force -Verbose *>> "$outDir\apply.log"

$ok = Wait-SmtpQueueEmpty -TimeoutSeconds 120
$stuck = Find-StuckMessage
$probes = Test-RelayDelivery 2>&1 | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] }

$summary = [ordered]@{
    Nodes    = $mofs.Count
    QueueOK  = $ok
    Stuck    = @($stuck).Count
    Probes   = ($probes | ForEach-Object { '{0}:{1}/{2}' -f $_.Relay, $_.Rejected, $_.Sessions }) -join ' '
    Banner   = Get-RelayBannerText -Language $(if ($PSUICulture -match '^(fr|de|ja)') { $Matches[1] } else { 'en' })
    Quote    = 'Operations said: “do not touch the relays on Friday”'
    Motto    = “Relais fiable, équipe sereine — 日本 included”
}

[pscustomobject]$summary | Format-List

Write-Host ($ui.Done -f $mofs.Count) -ForegroundColor Green

#endregion
