package semantic

// Parameter metadata for the commands of the authentication-path rules
// (AUTH004–AUTH008, MAIL008, MAIL009): remoting, the Exchange Online
// module, MSOnline/AzureAD module management, the Graph SDK request and
// app-role cmdlets, ConvertTo-Json and Exchange RBAC for Applications.
// Names and positions follow the cmdlets' documented syntax; only the
// position-0/1 parameters matter for positional binding here.
func authPathCmdlets(addCmdlet func(*CmdletInfo)) {
	addCmdlet(&CmdletInfo{Name: "New-PSSession", Params: []ParamInfo{
		p("ComputerName", 0, "Cn"), p("ConnectionUri", 0, "URI", "CU"), p("Session", 0), p("VMId", 0, "VMGuid", "Id"),
		p("VMName", 0), p("ContainerId", 0), p("HostName", 0), p("SSHConnection", 0),
		p("Credential", -1), p("Name", -1), sw("EnableNetworkAccess"), p("Port", -1), sw("UseSSL"),
		p("ConfigurationName", -1), p("ApplicationName", -1), p("ThrottleLimit", -1), p("SessionOption", -1),
		p("Authentication", -1), p("CertificateThumbprint", -1), sw("AllowRedirection"), sw("RunAsAdministrator"),
		p("UserName", -1), p("KeyFilePath", -1, "IdentityFilePath"), sw("SSHTransport"), p("Subsystem", -1),
		p("Options", -1), p("ConnectingTimeout", -1), sw("UseWindowsPowerShell"),
	}})
	// Connect-ExchangeOnline (ExchangeOnlineManagement 3.x); its positional
	// parameters are ConnectionUri, AzureADAuthorizationEndpointUri,
	// ExchangeEnvironmentName, PSSessionOption, DelegatedOrganization, Prefix,
	// CommandName, FormatTypeName.
	addCmdlet(&CmdletInfo{Name: "Connect-ExchangeOnline", Params: []ParamInfo{
		p("ConnectionUri", 0), p("AzureADAuthorizationEndpointUri", 1), p("ExchangeEnvironmentName", 2),
		p("PSSessionOption", 3), p("DelegatedOrganization", 4), p("Prefix", 5), p("CommandName", 6),
		p("FormatTypeName", 7), p("AccessToken", -1), p("AppId", -1), sw("BypassMailboxAnchoring"),
		p("Certificate", -1), p("CertificateFilePath", -1), p("CertificatePassword", -1),
		p("CertificateThumbprint", -1), p("Credential", -1), sw("Device"), sw("DisableWAM"),
		sw("EnableErrorReporting"), sw("InlineCredential"), sw("LoadCmdletHelp"), p("LogDirectoryPath", -1),
		p("LogLevel", -1), sw("ManagedIdentity"), p("ManagedIdentityAccountId", -1), p("Organization", -1),
		p("PageSize", -1), p("ShowBanner", -1), p("ShowProgress", -1), p("SigningCertificate", -1),
		sw("SkipLoadingCmdletHelp"), sw("SkipLoadingFormatData"), p("TrackPerformance", -1),
		p("UseMultithreading", -1), p("UserPrincipalName", -1), sw("UseRPSSession"),
	}})
	addCmdlet(&CmdletInfo{Name: "Connect-IPPSSession", Params: []ParamInfo{
		p("ConnectionUri", 0), p("AzureADAuthorizationEndpointUri", 1), p("DelegatedOrganization", 2),
		p("PSSessionOption", 3), p("Prefix", -1), p("CommandName", -1), p("FormatTypeName", -1),
		p("AccessToken", -1), p("AppId", -1), sw("BypassMailboxAnchoring"), p("Certificate", -1),
		p("CertificateFilePath", -1), p("CertificatePassword", -1), p("CertificateThumbprint", -1),
		p("Credential", -1), sw("DisableWAM"), sw("EnableErrorReporting"), sw("EnableSearchOnlySession"),
		p("LogDirectoryPath", -1), p("LogLevel", -1), p("Organization", -1), p("ShowBanner", -1),
		p("UserPrincipalName", -1), sw("UseRPSSession"),
	}})
	addCmdlet(&CmdletInfo{Name: "Install-Module", ShouldProcess: true, Params: []ParamInfo{
		p("Name", 0), p("InputObject", 0), p("MinimumVersion", -1), p("MaximumVersion", -1),
		p("RequiredVersion", -1), p("Repository", -1), p("Credential", -1), p("Scope", -1),
		p("Proxy", -1), p("ProxyCredential", -1), sw("AllowClobber"), sw("SkipPublisherCheck"),
		sw("Force"), sw("AllowPrerelease"), sw("AcceptLicense"), sw("PassThru"),
	}})
	addCmdlet(&CmdletInfo{Name: "Invoke-MgGraphRequest", Params: []ParamInfo{
		p("Method", 0), p("Uri", 1), p("Body", 2), p("Headers", 3), p("OutputFilePath", 4),
		p("InputFilePath", 5), p("ContentType", 6), p("SessionVariable", 7, "SV"),
		p("ResponseHeadersVariable", 8, "RHV"), p("StatusCodeVariable", 9), p("GraphRequestSession", 10),
		p("UserAgent", 11), p("OutputType", 12), sw("InferOutputFileName"), sw("PassThru"),
		sw("SkipHeaderValidation"), sw("SkipHttpErrorCheck"), sw("Break"),
	}})
	addCmdlet(&CmdletInfo{Name: "ConvertTo-Json", Params: []ParamInfo{
		p("InputObject", 0), p("Depth", -1), sw("Compress"), sw("EnumsAsStrings"), sw("AsArray"),
		p("EscapeHandling", -1),
	}})
	appRole := []ParamInfo{
		p("ServicePrincipalId", -1), p("PrincipalId", -1), p("ResourceId", -1), p("AppRoleId", -1),
		p("BodyParameter", -1), p("Id", -1), p("CreatedDateTime", -1), p("DeletedDateTime", -1),
		p("PrincipalDisplayName", -1), p("PrincipalType", -1), p("ResourceDisplayName", -1),
		p("AdditionalProperties", -1), p("InputObject", -1), p("ResponseHeadersVariable", -1, "RHV"),
		p("Headers", -1), sw("Break"), p("HttpPipelineAppend", -1), p("HttpPipelinePrepend", -1),
		p("Proxy", -1), p("ProxyCredential", -1), sw("ProxyUseDefaultCredentials"),
	}
	for _, n := range []string{
		"New-MgServicePrincipalAppRoleAssignment", "New-MgServicePrincipalAppRoleAssignedTo",
		"New-MgBetaServicePrincipalAppRoleAssignment", "New-MgBetaServicePrincipalAppRoleAssignedTo",
	} {
		addCmdlet(&CmdletInfo{Name: n, ShouldProcess: true, Params: appRole})
	}
	addCmdlet(&CmdletInfo{Name: "New-ManagementRoleAssignment", ShouldProcess: true, Params: []ParamInfo{
		p("Name", 0), p("Role", -1), p("App", -1), p("User", -1), p("SecurityGroup", -1), p("Policy", -1),
		p("Computer", -1), p("CustomResourceScope", -1), p("CustomRecipientWriteScope", -1),
		p("CustomConfigWriteScope", -1), p("ExclusiveRecipientWriteScope", -1), p("ExclusiveConfigWriteScope", -1),
		p("RecipientAdministrativeUnitScope", -1), p("RecipientGroupScope", -1),
		p("RecipientOrganizationalUnitScope", -1), p("RecipientRelativeWriteScope", -1),
		sw("Delegating"), p("DomainController", -1), sw("Force"),
	}})
}
