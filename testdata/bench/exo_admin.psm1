#Requires -Version 5.1
#Requires -Modules @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '3.2.0' }

<#
    ContosoExoAdmin.psm1

    Helper functions used by the Contoso messaging team to administer Exchange
    Online without interactive sign-in. Authentication is app-only, using a
    certificate stored in the LocalMachine or CurrentUser store; the thumbprint,
    application id and organisation are read from a JSON settings file.

    All values in this file are examples (contoso.com / fabrikam.com).
#>

Set-StrictMode -Version 3.0

#region Enums and classes

enum MailboxTier {
    Standard = 0
    Executive = 1
    Shared = 2
    Resource = 3
    Service = 4
}

[Flags()]
enum AuditScope {
    None = 0
    Owner = 1
    Delegate = 2
    Admin = 4
    All = 7
}

class ExoConnectionInfo {
    [string]$Organization
    [string]$AppId
    [string]$CertificateThumbprint
    [datetime]$ConnectedAt
    [string]$Environment = 'O365Default'
    hidden [int]$ReconnectCount = 0

    ExoConnectionInfo() { }

    ExoConnectionInfo([string]$org, [string]$appId, [string]$thumbprint) {
        $this.Organization = $org
        $this.AppId = $appId
        $this.CertificateThumbprint = $thumbprint
        $this.ConnectedAt = [datetime]::UtcNow
    }

    [bool] IsStale([int]$maxMinutes) {
        return ([datetime]::UtcNow - $this.ConnectedAt).TotalMinutes -gt $maxMinutes
    }

    [string] ToString() {
        return '{0} (app {1}, since {2:u})' -f $this.Organization, $this.AppId, $this.ConnectedAt
    }
}

class MailboxAuditResult {
    [string]$Identity
    [string]$PrimarySmtpAddress
    [MailboxTier]$Tier
    [System.Collections.Generic.List[string]]$Findings
    [bool]$Compliant

    MailboxAuditResult([string]$identity, [string]$smtp, [MailboxTier]$tier) {
        $this.Identity = $identity
        $this.PrimarySmtpAddress = $smtp
        $this.Tier = $tier
        $this.Findings = [System.Collections.Generic.List[string]]::new()
        $this.Compliant = $true
    }

    [void] AddFinding([string]$text) {
        $this.Findings.Add($text)
        $this.Compliant = $false
    }

    static [MailboxTier] ResolveTier([string]$recipientTypeDetails, [string]$customAttribute) {
        switch -Regex ($recipientTypeDetails) {
            '^SharedMailbox$'          { return [MailboxTier]::Shared }
            '^(Room|Equipment)Mailbox' { return [MailboxTier]::Resource }
        }
        if ($customAttribute -match '^(?i)exec') {
            return [MailboxTier]::Executive
        }
        if ($customAttribute -like 'svc-*') {
            return [MailboxTier]::Service
        }
        return [MailboxTier]::Standard
    }
}

#endregion

#region Module state

$script:Connection = $null
$script:LoadedSettings = $null
$script:SettingsPath = Join-Path -Path $PSScriptRoot -ChildPath 'ContosoExoAdmin.settings.json'
$script:DefaultSettings = @{
    Organization          = 'contoso.onmicrosoft.com'
    AppId                 = '00000000-1111-2222-3333-444444444444'
    CertificateThumbprint = '0123456789ABCDEF0123456789ABCDEF01234567'
    SessionMaxMinutes     = 50
    RetentionPolicy       = 'Contoso Default MRM Policy'
    DefaultLanguage       = 'en-GB'
    TimeZone              = 'GMT Standard Time'
}

#endregion

#region Private helpers

function Get-ExoSetting {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )

    if (-not $script:LoadedSettings) {
        $settings = $script:DefaultSettings.Clone()
        if (Test-Path -LiteralPath $script:SettingsPath) {
            Write-Verbose "Reading settings from $script:SettingsPath"
            $json = Get-Content -LiteralPath $script:SettingsPath -Raw | ConvertFrom-Json
            foreach ($prop in $json.PSObject.Properties) {
                $settings[$prop.Name] = $prop.Value
            }
        }
        $script:LoadedSettings = $settings
    }

    if (-not $script:LoadedSettings.ContainsKey($Name)) {
        throw "Unknown setting '$Name'."
    }
    $script:LoadedSettings[$Name]
}

function Assert-ExoConnection {
    [CmdletBinding()]
    param()

    $maxAge = [int](Get-ExoSetting -Name SessionMaxMinutes)
    if ($null -eq $script:Connection -or $script:Connection.IsStale($maxAge)) {
        Write-Verbose 'No current Exchange Online session (or stale); connecting.'
        Connect-ContosoExo | Out-Null
    }
}

function Invoke-WithRetry {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock]$ScriptBlock,

        [int]$MaxAttempts = 4,

        [int]$InitialDelaySeconds = 5
    )

    $attempt = 1
    $delay = $InitialDelaySeconds
    while ($true) {
        try {
            return & $ScriptBlock
        }
        catch {
            $msg = $_.Exception.Message
            $retryable = switch -Regex ($msg) {
                'Server(Busy|Unavailable)'          { $true; break }
                'throttl(ed|ing)|MicroDelay'        { $true; break }
                'The operation has timed out'       { $true; break }
                '(?i)session.*(expired|not valid)'  {
                    $script:Connection = $null
                    Assert-ExoConnection
                    $true
                    break
                }
                default { $false }
            }

            if (-not $retryable -or $attempt -ge $MaxAttempts) {
                throw
            }

            Write-Verbose ("Attempt {0} failed ({1}); retrying in {2}s" -f $attempt, $msg, $delay)
            Start-Sleep -Seconds $delay
            $attempt++
            $delay = [math]::Min($delay * 2, 120)
        }
    }
}

function ConvertTo-SmtpList {
    param([string[]]$Address)

    $Address |
        ForEach-Object { $_ -split '[,;\s]+' } |
        Where-Object { $_ } |
        ForEach-Object { $_.Trim().ToLowerInvariant() } |
        Sort-Object -Unique
}

#endregion

#region Connection

function Connect-ContosoExo {
    <#
    .SYNOPSIS
        Connects to Exchange Online using certificate-based app-only auth.
    .DESCRIPTION
        Reads AppId, Organization and CertificateThumbprint from the module
        settings unless they are passed explicitly. The certificate must be
        installed with its private key in CurrentUser\My or LocalMachine\My.
    .PARAMETER Force
        Disconnect any existing session first.
    .EXAMPLE
        Connect-ContosoExo -Verbose
    .EXAMPLE
        Connect-ContosoExo -Organization fabrikam.onmicrosoft.com -AppId 99999999-aaaa-bbbb-cccc-dddddddddddd -CertificateThumbprint 89ABCDEF0123456789ABCDEF0123456789ABCDEF
    #>
    [CmdletBinding()]
    [OutputType([ExoConnectionInfo])]
    param(
        [string]$Organization = (Get-ExoSetting -Name Organization),

        [ValidatePattern('^[0-9a-fA-F-]{36}$')]
        [string]$AppId = (Get-ExoSetting -Name AppId),

        [ValidatePattern('^[0-9A-Fa-f]{40}$')]
        [string]$CertificateThumbprint = (Get-ExoSetting -Name CertificateThumbprint),

        [ValidateSet('O365Default', 'O365GermanyCloud', 'O365USGovGCCHigh', 'O365USGovDoD', 'O365China')]
        [string]$ExchangeEnvironmentName = 'O365Default',

        [switch]$Force
    )

    if ($Force -and $script:Connection) {
        Write-Verbose "Disconnecting existing session to $($script:Connection.Organization)"
        Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue
        $script:Connection = $null
    }

    $cert = Get-ChildItem -Path Cert:\CurrentUser\My, Cert:\LocalMachine\My -ErrorAction SilentlyContinue |
        Where-Object Thumbprint -EQ $CertificateThumbprint |
        Select-Object -First 1

    if (-not $cert) {
        throw "Certificate $CertificateThumbprint not found in CurrentUser\My or LocalMachine\My."
    }
    if ($cert.NotAfter -lt (Get-Date).AddDays(14)) {
        Write-Warning ("App certificate {0} expires on {1:yyyy-MM-dd}; renew it soon." -f $cert.Subject, $cert.NotAfter)
    }

    $connectParams = @{
        AppId                   = $AppId
        CertificateThumbprint   = $CertificateThumbprint
        Organization            = $Organization
        ExchangeEnvironmentName = $ExchangeEnvironmentName
        ShowBanner              = $false
        ErrorAction             = 'Stop'
    }

    if ($VerbosePreference -eq 'Continue') {
        $connectParams['ShowProgress'] = $true
    }

    Write-Verbose "Connecting to Exchange Online ($Organization) as app $AppId"
    Connect-ExchangeOnline @connectParams

    $script:Connection = [ExoConnectionInfo]::new($Organization, $AppId, $CertificateThumbprint)
    $script:Connection.Environment = $ExchangeEnvironmentName
    $script:Connection
}

function Disconnect-ContosoExo {
    [CmdletBinding(SupportsShouldProcess)]
    param()

    if ($script:Connection -and $PSCmdlet.ShouldProcess($script:Connection.Organization, 'Disconnect Exchange Online')) {
        Disconnect-ExchangeOnline -Confirm:$false
        $script:Connection = $null
    }
}

#endregion

#region Mailbox administration

function Get-ContosoMailboxReport {
    <#
    .SYNOPSIS
        Returns a flattened view of mailboxes with size and quota information.
    .PARAMETER Identity
        Mailboxes to include; all user and shared mailboxes when omitted.
    .PARAMETER RecipientType
        Restrict to a recipient type.
    .EXAMPLE
        Get-ContosoMailboxReport -RecipientType SharedMailbox | Export-Csv shared.csv -NoTypeInformation
    #>
    [CmdletBinding(DefaultParameterSetName = 'All')]
    param(
        [Parameter(ParameterSetName = 'ByIdentity', Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('UserPrincipalName', 'PrimarySmtpAddress')]
        [string[]]$Identity,

        [Parameter(ParameterSetName = 'All')]
        [ValidateSet('UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox')]
        [string[]]$RecipientType = @('UserMailbox', 'SharedMailbox'),

        [Parameter(ParameterSetName = 'All')]
        [ValidateRange(1, 100000)]
        [int]$ResultSize = 5000,

        [switch]$IncludeArchive
    )

    begin {
        Assert-ExoConnection
        $properties = 'DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'ProhibitSendQuota',
            'IssueWarningQuota', 'ArchiveStatus', 'LitigationHoldEnabled', 'RetentionPolicy',
            'CustomAttribute1', 'WhenCreated', 'ForwardingSmtpAddress'
    }

    process {
        $mailboxes = if ($PSCmdlet.ParameterSetName -eq 'ByIdentity') {
            foreach ($id in $Identity) {
                Invoke-WithRetry { Get-EXOMailbox -Identity $id -Properties $properties -ErrorAction Stop }
            }
        }
        else {
            $getParams = @{
                RecipientTypeDetails = $RecipientType
                ResultSize           = $ResultSize
                Properties           = $properties
            }
            Invoke-WithRetry { Get-EXOMailbox @getParams }
        }

        foreach ($mbx in $mailboxes) {
            Write-Verbose "Collecting statistics for $($mbx.PrimarySmtpAddress)"
            $stats = Get-EXOMailboxStatistics -Identity $mbx.PrimarySmtpAddress -Properties LastLogonTime -ErrorAction SilentlyContinue

            $sizeBytes = 0L
            if ($stats -and $stats.TotalItemSize -match '\(([\d,]+) bytes\)') {
                $sizeBytes = [long]($Matches[1] -replace ',', '')
            }

            $archiveSize = $null
            if ($IncludeArchive -and $mbx.ArchiveStatus -eq 'Active') {
                $arch = Get-EXOMailboxStatistics -Identity $mbx.PrimarySmtpAddress -Archive -ErrorAction SilentlyContinue
                if ($arch.TotalItemSize -match '\(([\d,]+) bytes\)') {
                    $archiveSize = [math]::Round(([long]($Matches[1] -replace ',', '')) / 1GB, 2)
                }
            }

            [pscustomobject][ordered]@{
                DisplayName        = $mbx.DisplayName
                PrimarySmtpAddress = $mbx.PrimarySmtpAddress
                Type               = $mbx.RecipientTypeDetails
                Tier               = [MailboxAuditResult]::ResolveTier($mbx.RecipientTypeDetails, $mbx.CustomAttribute1)
                SizeGB             = [math]::Round($sizeBytes / 1GB, 2)
                ItemCount          = if ($stats) { $stats.ItemCount } else { 0 }
                LastLogon          = if ($stats) { $stats.LastLogonTime } else { $null }
                ProhibitSendQuota  = $mbx.ProhibitSendQuota
                ArchiveGB          = $archiveSize
                LitigationHold     = $mbx.LitigationHoldEnabled
                Forwarding         = $mbx.ForwardingSmtpAddress
                Created            = $mbx.WhenCreated
            }
        }
    }

    end {
        Write-Verbose 'Mailbox report complete.'
    }
}

function Set-ContosoMailboxStandard {
    <#
    .SYNOPSIS
        Applies the Contoso baseline (quota, audit, language, retention) to mailboxes.
    .DESCRIPTION
        The settings differ by tier. Executive mailboxes get larger quotas and
        litigation hold; shared mailboxes get no hold and a smaller quota.
    .PARAMETER Identity
        Mailbox identity (UPN, SMTP address or alias). Accepts pipeline input.
    .PARAMETER Tier
        Explicit tier; when omitted it is derived from RecipientTypeDetails
        and CustomAttribute1.
    .EXAMPLE
        Get-EXOMailbox -Filter "Department -eq 'Finance'" | Set-ContosoMailboxStandard -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('PrimarySmtpAddress', 'UserPrincipalName')]
        [string]$Identity,

        [MailboxTier]$Tier,

        [AuditScope]$Audit = [AuditScope]::All,

        [ValidateSet('en-GB', 'en-US', 'de-DE', 'fr-FR', 'ja-JP')]
        [string]$Language = (Get-ExoSetting -Name DefaultLanguage),

        [switch]$PassThru
    )

    begin {
        Assert-ExoConnection
        $processed = 0
        $changed = 0
        $quotaByTier = @{
            [MailboxTier]::Standard  = @{ Warning = '45GB'; Send = '48GB'; SendReceive = '50GB' }
            [MailboxTier]::Executive = @{ Warning = '90GB'; Send = '95GB'; SendReceive = '100GB' }
            [MailboxTier]::Shared    = @{ Warning = '18GB'; Send = '19GB'; SendReceive = '20GB' }
            [MailboxTier]::Resource  = @{ Warning = '4GB'; Send = '4.5GB'; SendReceive = '5GB' }
            [MailboxTier]::Service   = @{ Warning = '9GB'; Send = '9.5GB'; SendReceive = '10GB' }
        }
    }

    process {
        $processed++
        $mbx = Invoke-WithRetry { Get-Mailbox -Identity $Identity -ErrorAction Stop }

        $effectiveTier = if ($PSBoundParameters.ContainsKey('Tier')) {
            $Tier
        }
        else {
            [MailboxAuditResult]::ResolveTier($mbx.RecipientTypeDetails, $mbx.CustomAttribute1)
        }
        Write-Verbose "$($mbx.PrimarySmtpAddress): tier $effectiveTier"

        $q = $quotaByTier[$effectiveTier]
        $setParams = @{
            Identity                 = $mbx.DistinguishedName
            IssueWarningQuota        = $q.Warning
            ProhibitSendQuota        = $q.Send
            ProhibitSendReceiveQuota = $q.SendReceive
            RetentionPolicy          = Get-ExoSetting -Name RetentionPolicy
            AuditEnabled             = $Audit -ne [AuditScope]::None
            Languages                = $Language
            ErrorAction              = 'Stop'
        }

        if ($Audit.HasFlag([AuditScope]::Owner)) {
            $setParams.AuditOwner = @{ Add = 'MailboxLogin', 'HardDelete', 'SoftDelete', 'Update', 'MoveToDeletedItems' }
        }
        if ($Audit.HasFlag([AuditScope]::Delegate)) {
            $setParams.AuditDelegate = @{ Add = 'SendAs', 'SendOnBehalf', 'HardDelete', 'SoftDelete', 'Update', 'Move' }
        }
        if ($Audit.HasFlag([AuditScope]::Admin)) {
            $setParams.AuditAdmin = @{ Add = 'Copy', 'HardDelete', 'SoftDelete', 'Update', 'SendAs', 'UpdateFolderPermissions' }
        }

        switch ($effectiveTier) {
            ([MailboxTier]::Executive) {
                $setParams.LitigationHoldEnabled = $true
                $setParams.LitigationHoldDuration = 2555
                $setParams.SingleItemRecoveryEnabled = $true
                $setParams.RetainDeletedItemsFor = '30.00:00:00'
            }
            ([MailboxTier]::Shared) {
                $setParams.MessageCopyForSentAsEnabled = $true
                $setParams.MessageCopyForSendOnBehalfEnabled = $true
            }
            ([MailboxTier]::Resource) {
                $setParams.Remove('Languages')
            }
            default {
                $setParams.SingleItemRecoveryEnabled = $true
            }
        }

        if ($PSCmdlet.ShouldProcess($mbx.PrimarySmtpAddress, "Apply $effectiveTier baseline")) {
            Invoke-WithRetry { Set-Mailbox @setParams }
            $changed++

            $regional = @{
                Identity   = $mbx.DistinguishedName
                Language   = $Language
                TimeZone   = Get-ExoSetting -Name TimeZone
                DateFormat = if ($Language -eq 'en-US') { 'M/d/yyyy' } else { 'dd/MM/yyyy' }
                TimeFormat = 'HH:mm'
            }
            if ($effectiveTier -ne [MailboxTier]::Resource) {
                Set-MailboxRegionalConfiguration @regional -ErrorAction Continue
            }
        }

        if ($PassThru) {
            Get-Mailbox -Identity $mbx.DistinguishedName
        }
    }

    end {
        Write-Verbose ("Processed {0} mailbox(es), changed {1}" -f $processed, $changed)
    }
}

function Test-ContosoMailboxCompliance {
    <#
    .SYNOPSIS
        Audits mailboxes against the baseline and returns MailboxAuditResult objects.
    .PARAMETER Identity
        Mailbox to test.
    .EXAMPLE
        Get-EXOMailbox -ResultSize Unlimited | Test-ContosoMailboxCompliance | Where-Object { -not $_.Compliant }
    #>
    [CmdletBinding()]
    [OutputType([MailboxAuditResult])]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('PrimarySmtpAddress')]
        [string]$Identity
    )

    begin {
        Assert-ExoConnection
        $allowedForwardDomains = 'contoso.com', 'fabrikam.com'
    }

    process {
        $mbx = Get-Mailbox -Identity $Identity
        $tier = [MailboxAuditResult]::ResolveTier($mbx.RecipientTypeDetails, $mbx.CustomAttribute1)
        $result = [MailboxAuditResult]::new($mbx.Identity, $mbx.PrimarySmtpAddress, $tier)

        if (-not $mbx.AuditEnabled) {
            $result.AddFinding('Mailbox auditing disabled')
        }

        if ($mbx.ForwardingSmtpAddress) {
            $target = ($mbx.ForwardingSmtpAddress -replace '^smtp:', '')
            $domain = $target.Split('@')[-1]
            if ($allowedForwardDomains -notcontains $domain) {
                $result.AddFinding("External forwarding to $target")
            }
        }

        switch -Regex ($mbx.RetentionPolicy) {
            '^$'                     { $result.AddFinding('No retention policy'); break }
            '^Default MRM Policy$'   { $result.AddFinding('Microsoft default retention policy still assigned'); break }
            'Contoso'                { break }
            default                  { $result.AddFinding("Unexpected retention policy '$_'") }
        }

        if ($tier -eq [MailboxTier]::Executive -and -not $mbx.LitigationHoldEnabled) {
            $result.AddFinding('Executive mailbox without litigation hold')
        }

        $rules = Get-InboxRule -Mailbox $mbx.PrimarySmtpAddress -ErrorAction SilentlyContinue
        foreach ($rule in $rules) {
            if ($rule.ForwardTo -or $rule.ForwardAsAttachmentTo -or $rule.RedirectTo) {
                $targets = @($rule.ForwardTo) + @($rule.ForwardAsAttachmentTo) + @($rule.RedirectTo) | Where-Object { $_ }
                foreach ($t in $targets) {
                    if ($t -match 'SMTP:(?<addr>[^\]"]+)' -and $Matches.addr -notmatch '@(contoso|fabrikam)\.com$') {
                        $result.AddFinding("Inbox rule '$($rule.Name)' forwards to $($Matches.addr)")
                    }
                }
            }
        }

        $result
    }
}

function Add-ContosoMailboxPermission {
    <#
    .SYNOPSIS
        Grants FullAccess / SendAs / SendOnBehalf on a mailbox in one call.
    .EXAMPLE
        Add-ContosoMailboxPermission -Mailbox payroll@contoso.com -Trustee alex.wilber@contoso.com -AccessRight FullAccess, SendAs
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string]$Mailbox,

        [Parameter(Mandatory, Position = 1)]
        [string[]]$Trustee,

        [Parameter(Mandatory)]
        [ValidateSet('FullAccess', 'SendAs', 'SendOnBehalf')]
        [string[]]$AccessRight,

        [bool]$AutoMapping = $false
    )

    begin { Assert-ExoConnection }

    process {
        foreach ($user in $Trustee) {
            foreach ($right in $AccessRight) {
                $action = "Grant $right to $user"
                if (-not $PSCmdlet.ShouldProcess($Mailbox, $action)) { continue }

                switch ($right) {
                    'FullAccess' {
                        $p = @{
                            Identity        = $Mailbox
                            User            = $user
                            AccessRights    = 'FullAccess'
                            InheritanceType = 'All'
                            AutoMapping     = $AutoMapping
                            Confirm         = $false
                        }
                        Add-MailboxPermission @p | Out-Null
                    }
                    'SendAs' {
                        Add-RecipientPermission -Identity $Mailbox -Trustee $user -AccessRights SendAs -Confirm:$false | Out-Null
                    }
                    'SendOnBehalf' {
                        Set-Mailbox -Identity $Mailbox -GrantSendOnBehalfTo @{ Add = $user }
                    }
                }
                Write-Verbose "$action on $Mailbox done."
            }
        }
    }
}

#endregion

#region Transport and connectors

function New-ContosoPartnerConnector {
    <#
    .SYNOPSIS
        Creates an inbound partner connector that enforces TLS for a partner domain.
    .PARAMETER PartnerDomain
        Sender domains of the partner (e.g. fabrikam.com).
    .PARAMETER TlsCertificateName
        Subject or SAN the partner's sending servers present.
    .PARAMETER SenderIPAddress
        Optional IP restriction; when set, the connector is restricted by IP.
    .EXAMPLE
        New-ContosoPartnerConnector -Name 'Fabrikam inbound' -PartnerDomain fabrikam.com -TlsCertificateName mail.fabrikam.com
    #>
    [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Certificate')]
    param(
        [Parameter(Mandatory)]
        [ValidateLength(3, 64)]
        [string]$Name,

        [Parameter(Mandatory)]
        [ValidateNotNullOrEmpty()]
        [string[]]$PartnerDomain,

        [Parameter(Mandatory, ParameterSetName = 'Certificate')]
        [string]$TlsCertificateName,

        [Parameter(Mandatory, ParameterSetName = 'IPAddress')]
        [ValidateScript({
                foreach ($ip in $_) {
                    if ($ip -notmatch '^\d{1,3}(\.\d{1,3}){3}(/\d{1,2})?$') {
                        throw "'$ip' is not an IPv4 address or CIDR range."
                    }
                }
                $true
            })]
        [string[]]$SenderIPAddress,

        [ValidateSet('Partner', 'OnPremises')]
        [string]$ConnectorType = 'Partner',

        [switch]$Disabled
    )

    Assert-ExoConnection

    $existing = Get-InboundConnector -ErrorAction SilentlyContinue | Where-Object Name -EQ $Name
    if ($existing) {
        Write-Warning "Inbound connector '$Name' already exists (enabled: $($existing.Enabled)); use Set-InboundConnector to change it."
        return $existing
    }

    $connector = @{
        Name                 = $Name
        ConnectorType        = $ConnectorType
        SenderDomains        = $PartnerDomain | ForEach-Object { if ($_ -like 'smtp:*') { $_ } else { "smtp:$_;1" } }
        RequireTls           = $true
        Enabled              = -not $Disabled
        Comment              = "Created by $env:USERNAME on {0:yyyy-MM-dd} via ContosoExoAdmin" -f (Get-Date)
    }

    switch ($PSCmdlet.ParameterSetName) {
        'Certificate' {
            $connector.RestrictDomainsToCertificate = $true
            $connector.TlsSenderCertificateName = $TlsCertificateName
        }
        'IPAddress' {
            $connector.RestrictDomainsToIPAddresses = $true
            $connector.SenderIPAddresses = $SenderIPAddress
        }
    }

    Write-Verbose ("New-InboundConnector parameters:`n{0}" -f (($connector.GetEnumerator() | Sort-Object Key | ForEach-Object { '  {0} = {1}' -f $_.Key, ($_.Value -join ', ') }) -join "`n"))

    if ($PSCmdlet.ShouldProcess($Name, 'New-InboundConnector')) {
        New-InboundConnector @connector -ErrorAction Stop
    }
}

function Set-ContosoTransportBaseline {
    <#
    .SYNOPSIS
        Applies organisation-wide transport settings.
    .DESCRIPTION
        Sets message size limits, disables SMTP AUTH tenant-wide (exceptions are
        granted per mailbox with -AllowSmtpAuthFor) and configures the journaling
        report NDR address.
    .PARAMETER Mode
        Strict disables SMTP AUTH for everyone not listed; Legacy leaves it on.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [ValidateSet('Strict', 'Balanced', 'Legacy')]
        [string]$Mode = 'Balanced',

        [ValidateRange(1, 150)]
        [int]$MaxMessageSizeMB = 35,

        [string[]]$AllowSmtpAuthFor = @(),

        [string]$JournalReportNdrTo = 'journal-ndr@contoso.com'
    )

    Assert-ExoConnection

    $transport = @{
        MaxSendSize             = "$($MaxMessageSizeMB)MB"
        MaxReceiveSize          = "$($MaxMessageSizeMB)MB"
        JournalingReportNdrTo   = $JournalReportNdrTo
        ExternalDelayDsnEnabled = $true
        InternalDelayDsnEnabled = $true
        Confirm                 = $false
    }

    switch ($Mode) {
        'Strict' {
            $transport.SmtpClientAuthenticationDisabled = $true
            $transport.AllowLegacyTLSClients = $false
        }
        'Balanced' {
            $transport.SmtpClientAuthenticationDisabled = $true
        }
        'Legacy' {
            Write-Warning 'Legacy mode leaves SMTP AUTH enabled tenant-wide. This is not recommended.'
            $transport.SmtpClientAuthenticationDisabled = $false
        }
    }

    $current = Get-TransportConfig
    $diff = foreach ($key in $transport.Keys | Where-Object { $_ -ne 'Confirm' }) {
        $old = $current.$key
        $new = $transport[$key]
        if ("$old" -ne "$new") {
            [pscustomobject]@{ Setting = $key; Current = $old; Proposed = $new }
        }
    }

    if (-not $diff) {
        Write-Verbose 'Transport configuration already matches the baseline.'
    }
    elseif ($PSCmdlet.ShouldProcess('Organization transport config', "Set $(@($diff).Count) setting(s)")) {
        $diff | ForEach-Object { Write-Verbose ("{0}: '{1}' -> '{2}'" -f $_.Setting, $_.Current, $_.Proposed) }
        Set-TransportConfig @transport
    }

    foreach ($mailbox in (ConvertTo-SmtpList -Address $AllowSmtpAuthFor)) {
        if ($PSCmdlet.ShouldProcess($mailbox, 'Enable authenticated SMTP submission')) {
            Set-CASMailbox -Identity $mailbox -SmtpClientAuthenticationDisabled $false
            Write-Verbose "SMTP AUTH explicitly enabled for $mailbox"
        }
    }

    $diff
}

function Get-ContosoMessageTraceSummary {
    <#
    .SYNOPSIS
        Summarises message trace results for a sender or recipient over the last days.
    .PARAMETER Days
        1 to 10 days (the Get-MessageTrace limit).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ParameterSetName = 'Sender')]
        [string]$SenderAddress,

        [Parameter(Mandatory, ParameterSetName = 'Recipient')]
        [string]$RecipientAddress,

        [ValidateRange(1, 10)]
        [int]$Days = 2,

        [ValidateSet('All', 'Delivered', 'Failed', 'FilteredAsSpam', 'Quarantined', 'Pending')]
        [string]$Status = 'All'
    )

    Assert-ExoConnection

    $trace = @{
        StartDate = (Get-Date).AddDays(-$Days)
        EndDate   = Get-Date
        PageSize  = 5000
    }
    if ($PSCmdlet.ParameterSetName -eq 'Sender') { $trace.SenderAddress = $SenderAddress }
    else { $trace.RecipientAddress = $RecipientAddress }
    if ($Status -ne 'All') { $trace.Status = $Status }

    $page = 1
    $all = [System.Collections.Generic.List[object]]::new()
    do {
        $batch = @(Get-MessageTrace @trace -Page $page)
        $all.AddRange($batch)
        Write-Verbose "Page $page returned $($batch.Count) message(s)"
        $page++
    } while ($batch.Count -eq $trace.PageSize -and $page -le 1000)

    $all |
        Group-Object -Property Status |
        ForEach-Object {
            $byDomain = $_.Group |
                ForEach-Object { ($_.RecipientAddress -split '@')[-1].ToLowerInvariant() } |
                Group-Object |
                Sort-Object Count -Descending |
                Select-Object -First 5 |
                ForEach-Object { '{0} ({1})' -f $_.Name, $_.Count }

            [pscustomobject]@{
                Status     = $_.Name
                Count      = $_.Count
                TopDomains = $byDomain -join ', '
                Oldest     = ($_.Group | Sort-Object Received | Select-Object -First 1).Received
                Newest     = ($_.Group | Sort-Object Received -Descending | Select-Object -First 1).Received
            }
        }
}

function Invoke-ContosoBulkMailboxChange {
    <#
    .SYNOPSIS
        Reads a CSV and applies per-row mailbox changes.
    .DESCRIPTION
        CSV columns: Identity, Action, Value. Supported actions:
          Alias:<new>, Hide, Unhide, Forward:<address>, ClearForward, Quota:<tier>, Convert:<type>
    .PARAMETER Path
        CSV file path.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ if (Test-Path $_) { $true } else { throw "File not found: $_" } })]
        [string]$Path,

        [char]$Delimiter = ','
    )

    Assert-ExoConnection
    $rows = Import-Csv -LiteralPath $Path -Delimiter $Delimiter
    $results = @()

    :rowLoop foreach ($row in $rows) {
        $status = 'Skipped'
        $detail = ''
        try {
            switch -Regex ($row.Action.Trim()) {
                '^Alias$' {
                    if ($row.Value -notmatch '^[A-Za-z0-9._-]{1,64}$') {
                        $detail = "Invalid alias '$($row.Value)'"
                        continue rowLoop
                    }
                    if ($PSCmdlet.ShouldProcess($row.Identity, "Set alias $($row.Value)")) {
                        Set-Mailbox -Identity $row.Identity -Alias $row.Value
                        $status = 'Done'
                    }
                }
                '^(Un)?Hide$' {
                    $hide = -not $Matches[1]
                    if ($PSCmdlet.ShouldProcess($row.Identity, "HiddenFromAddressListsEnabled = $hide")) {
                        Set-Mailbox -Identity $row.Identity -HiddenFromAddressListsEnabled $hide
                        $status = 'Done'
                    }
                }
                '^Forward$' {
                    $fw = @{
                        Identity                   = $row.Identity
                        ForwardingSmtpAddress      = "smtp:$($row.Value)"
                        DeliverToMailboxAndForward = $true
                    }
                    if ($row.Value -notmatch '@(contoso|fabrikam)\.com$') {
                        $detail = 'External forwarding is blocked by policy'
                        $status = 'Rejected'
                        break
                    }
                    if ($PSCmdlet.ShouldProcess($row.Identity, "Forward to $($row.Value)")) {
                        Set-Mailbox @fw
                        $status = 'Done'
                    }
                }
                '^ClearForward$' {
                    Set-Mailbox -Identity $row.Identity -ForwardingSmtpAddress $null -ForwardingAddress $null -DeliverToMailboxAndForward $false
                    $status = 'Done'
                }
                '^Quota$' {
                    $tier = [MailboxTier]$row.Value
                    Set-ContosoMailboxStandard -Identity $row.Identity -Tier $tier -Confirm:$false
                    $status = 'Done'
                }
                '^Convert$' {
                    $type = switch ($row.Value) {
                        { $_ -in 'Shared', 'SharedMailbox' } { 'Shared' }
                        { $_ -in 'Regular', 'User' }         { 'Regular' }
                        'Room'                                { 'Room' }
                        default { throw "Unknown mailbox type '$($row.Value)'" }
                    }
                    if ($PSCmdlet.ShouldProcess($row.Identity, "Convert to $type")) {
                        Set-Mailbox -Identity $row.Identity -Type $type
                        $status = 'Done'
                    }
                }
                default {
                    $detail = "Unknown action '$($row.Action)'"
                }
            }
        }
        catch {
            $status = 'Error'
            $detail = $_.Exception.Message
        }
        finally {
            $results += [pscustomobject]@{
                Identity = $row.Identity
                Action   = $row.Action
                Value    = $row.Value
                Status   = $status
                Detail   = $detail
            }
        }
    }

    $results
}

#endregion

#region Module lifecycle

$ExecutionContext.SessionState.Module.OnRemove = {
    if ($script:Connection) {
        try { Disconnect-ExchangeOnline -Confirm:$false -ErrorAction Stop } catch { }
    }
}

Register-ArgumentCompleter -CommandName Set-ContosoMailboxStandard, Test-ContosoMailboxCompliance -ParameterName Identity -ScriptBlock {
    param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)

    if (-not $script:Connection) { return }
    Get-EXOMailbox -Anr "$wordToComplete" -ResultSize 20 -ErrorAction SilentlyContinue |
        ForEach-Object {
            [System.Management.Automation.CompletionResult]::new($_.PrimarySmtpAddress, $_.PrimarySmtpAddress, 'ParameterValue', $_.DisplayName)
        }
}

New-Alias -Name cexo -Value Connect-ContosoExo -Force

Export-ModuleMember -Function @(
    'Connect-ContosoExo'
    'Disconnect-ContosoExo'
    'Get-ContosoMailboxReport'
    'Set-ContosoMailboxStandard'
    'Test-ContosoMailboxCompliance'
    'Add-ContosoMailboxPermission'
    'New-ContosoPartnerConnector'
    'Set-ContosoTransportBaseline'
    'Get-ContosoMessageTraceSummary'
    'Invoke-ContosoBulkMailboxChange'
) -Alias 'cexo'

#endregion
