package semantic

// Parameter metadata for the Exchange Online / Exchange Server cmdlets and the
// Microsoft Graph, MSOnline, AzureAD, Microsoft Entra and Az cmdlets that the
// EXO and HYB rules bind (catalog H.2). Exchange cmdlets are proxy functions
// generated at connect time; their parameter names come from the published
// syntax blocks (MicrosoftDocs/office-docs-powershell, ExchangePowerShell),
// complete so that unique-prefix matching (-ConnectorT) behaves like
// PowerShell. Only the first positional parameter (-Identity or -Name) is
// modelled as positional.

func exchangeCmdlets(addCmdlet func(*CmdletInfo)) {
	addCmdlet(&CmdletInfo{Name: "New-InboundConnector", ShouldProcess: true, Params: []ParamInfo{
		p("AssociatedAcceptedDomains", -1), p("ClientHostNames", -1), p("CloudServicesMailEnabled", -1),
		p("Comment", -1), p("ConnectorSource", -1), p("ConnectorType", -1), p("EFSkipIPs", -1),
		p("EFSkipLastIP", -1), p("EFSkipMailGateway", -1), p("EFTestMode", -1), p("EFUsers", -1), p("Enabled", -1),
		p("Name", 0), p("RequireTls", -1), p("RestrictDomainsToCertificate", -1),
		p("RestrictDomainsToIPAddresses", -1), p("ScanAndDropRecipients", -1), p("SenderDomains", -1),
		p("SenderIPAddresses", -1), p("TlsSenderCertificateName", -1), p("TreatMessagesAsInternal", -1),
		p("TrustedOrganizations", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-InboundConnector", ShouldProcess: true, Params: []ParamInfo{
		p("AssociatedAcceptedDomains", -1), p("CloudServicesMailEnabled", -1), p("Comment", -1),
		p("ConnectorSource", -1), p("ConnectorType", -1), p("EFSkipIPs", -1), p("EFSkipLastIP", -1),
		p("EFSkipMailGateway", -1), p("EFTestMode", -1), p("EFUsers", -1), p("Enabled", -1), p("Identity", 0),
		p("Name", -1), p("RequireTls", -1), p("RestrictDomainsToCertificate", -1),
		p("RestrictDomainsToIPAddresses", -1), p("ScanAndDropRecipients", -1), p("SenderDomains", -1),
		p("SenderIPAddresses", -1), p("TlsSenderCertificateName", -1), p("TreatMessagesAsInternal", -1),
		p("TrustedOrganizations", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "New-OutboundConnector", ShouldProcess: true, Params: []ParamInfo{
		p("AllAcceptedDomains", -1), p("CloudServicesMailEnabled", -1), p("Comment", -1), p("ConnectorSource", -1),
		p("ConnectorType", -1), p("Enabled", -1), p("IsTransportRuleScoped", -1),
		p("LinkForModifiedConnector", -1), p("MtaStsMode", -1), p("Name", 0), p("RecipientDomains", -1),
		p("RouteAllMessagesViaOnPremises", -1), p("SenderRewritingEnabled", -1), p("SmartHosts", -1),
		p("SmtpDaneMode", -1), p("TestMode", -1), p("TlsDomain", -1), p("TlsSettings", -1), p("UseMXRecord", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-OutboundConnector", ShouldProcess: true, Params: []ParamInfo{
		p("AllAcceptedDomains", -1), p("CloudServicesMailEnabled", -1), p("Comment", -1), p("ConnectorSource", -1),
		p("ConnectorType", -1), p("Enabled", -1), p("Identity", 0), p("IsTransportRuleScoped", -1),
		p("IsValidated", -1), p("LastValidationTimestamp", -1), p("MtaStsMode", -1), p("Name", -1),
		p("RecipientDomains", -1), p("RouteAllMessagesViaOnPremises", -1), p("SenderRewritingEnabled", -1),
		p("SmartHosts", -1), p("SmtpDaneMode", -1), p("TestMode", -1), p("TlsDomain", -1), p("TlsSettings", -1),
		p("UseMXRecord", -1), p("ValidationRecipients", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-CASMailbox", ShouldProcess: true, Params: []ParamInfo{
		p("ActiveSyncAllowedDeviceIDs", -1), p("ActiveSyncBlockedDeviceIDs", -1), p("ActiveSyncDebugLogging", -1),
		p("ActiveSyncEnabled", -1), p("ActiveSyncMailboxPolicy", -1), p("ActiveSyncSuppressReadReceipt", -1),
		p("DisplayName", -1), p("DomainController", -1), p("ECPEnabled", -1), p("EmailAddresses", -1),
		p("EwsAllowEntourage", -1), p("EwsAllowList", -1), p("EwsAllowMacOutlook", -1), p("EwsAllowOutlook", -1),
		p("EwsApplicationAccessPolicy", -1), p("EwsBlockList", -1), p("EwsEnabled", -1),
		p("HasActiveSyncDevicePartnership", -1), p("Identity", 0), sw("IgnoreDefaultScope"), p("ImapEnabled", -1),
		p("ImapEnableExactRFC822Size", -1), p("ImapForceICalForCalendarRetrievalOption", -1),
		p("ImapMessagesRetrievalMimeFormat", -1), p("ImapSuppressReadReceipt", -1),
		p("ImapUseProtocolDefaults", -1), p("IsOptimizedForAccessibility", -1), p("MacOutlookEnabled", -1),
		p("MAPIBlockOutlookExternalConnectivity", -1), p("MAPIBlockOutlookNonCachedMode", -1),
		p("MAPIBlockOutlookRpcHttp", -1), p("MAPIBlockOutlookVersions", -1), p("MAPIEnabled", -1),
		p("MapiHttpEnabled", -1), p("Name", -1), p("OneWinNativeOutlookEnabled", -1),
		p("OutlookMobileEnabled", -1), p("OWAEnabled", -1), p("OWAforDevicesEnabled", -1),
		p("OwaMailboxPolicy", -1), p("PopEnabled", -1), p("PopEnableExactRFC822Size", -1),
		p("PopForceICalForCalendarRetrievalOption", -1), p("PopMessagesRetrievalMimeFormat", -1),
		p("PopSuppressReadReceipt", -1), p("PopUseProtocolDefaults", -1), p("PrimarySmtpAddress", -1),
		p("PublicFolderClientAccess", -1), sw("ResetAutoBlockedDevices"), p("SamAccountName", -1),
		p("ShowGalAsDefaultView", -1), p("SmtpClientAuthenticationDisabled", -1), p("UniversalOutlookEnabled", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "New-AuthenticationPolicy", ShouldProcess: true, Params: []ParamInfo{
		sw("AllowBasicAuthActiveSync"), sw("AllowBasicAuthAutodiscover"), sw("AllowBasicAuthImap"),
		sw("AllowBasicAuthMapi"), sw("AllowBasicAuthOfflineAddressBook"), sw("AllowBasicAuthOutlookService"),
		sw("AllowBasicAuthPop"), sw("AllowBasicAuthPowershell"), sw("AllowBasicAuthReportingWebServices"),
		sw("AllowBasicAuthRpc"), sw("AllowBasicAuthSmtp"), sw("AllowBasicAuthWebServices"),
		sw("BlockLegacyAuthActiveSync"), sw("BlockLegacyAuthAutodiscover"), sw("BlockLegacyAuthImap"),
		sw("BlockLegacyAuthMapi"), sw("BlockLegacyAuthOfflineAddressBook"), sw("BlockLegacyAuthPop"),
		sw("BlockLegacyAuthRpc"), sw("BlockLegacyAuthWebServices"), sw("BlockModernAuthActiveSync"),
		sw("BlockModernAuthAutodiscover"), sw("BlockModernAuthImap"), sw("BlockModernAuthMapi"),
		sw("BlockModernAuthOfflineAddressBook"), sw("BlockModernAuthPop"), sw("BlockModernAuthRpc"),
		sw("BlockModernAuthWebServices"), p("Name", 0),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-AuthenticationPolicy", ShouldProcess: true, Params: []ParamInfo{
		sw("AllowBasicAuthActiveSync"), sw("AllowBasicAuthAutodiscover"), sw("AllowBasicAuthImap"),
		sw("AllowBasicAuthMapi"), sw("AllowBasicAuthOfflineAddressBook"), sw("AllowBasicAuthOutlookService"),
		sw("AllowBasicAuthPop"), sw("AllowBasicAuthPowershell"), sw("AllowBasicAuthReportingWebServices"),
		sw("AllowBasicAuthRpc"), sw("AllowBasicAuthSmtp"), sw("AllowBasicAuthWebServices"),
		sw("AllowLegacyExchangeTokens"), sw("BlockLegacyAuthActiveSync"), sw("BlockLegacyAuthAutodiscover"),
		sw("BlockLegacyAuthImap"), sw("BlockLegacyAuthMapi"), sw("BlockLegacyAuthOfflineAddressBook"),
		sw("BlockLegacyAuthPop"), sw("BlockLegacyAuthRpc"), sw("BlockLegacyAuthWebServices"),
		sw("BlockLegacyExchangeTokens"), sw("BlockModernAuthActiveSync"), sw("BlockModernAuthAutodiscover"),
		sw("BlockModernAuthImap"), sw("BlockModernAuthMapi"), sw("BlockModernAuthOfflineAddressBook"),
		sw("BlockModernAuthPop"), sw("BlockModernAuthRpc"), sw("BlockModernAuthWebServices"), p("Identity", 0),
		p("TenantId", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-OrganizationConfig", ShouldProcess: true, Params: []ParamInfo{
		p("ACLableSyncedObjectEnabled", -1), p("ActionableMessagesExtenalAccessTokenEnabled", -1),
		p("ActivityBasedAuthenticationTimeoutEnabled", -1), p("ActivityBasedAuthenticationTimeoutInterval", -1),
		p("ActivityBasedAuthenticationTimeoutWithSingleSignOnEnabled", -1), p("AdfsAudienceUris", -1),
		p("AdfsAuthenticationConfiguration", -1), p("AdfsEncryptCertificateThumbprint", -1), p("AdfsIssuer", -1),
		p("AdfsSignCertificateThumbprints", -1), p("AppsForOfficeEnabled", -1), p("AsyncSendEnabled", -1),
		p("AuditDisabled", -1), p("AutoArchivingThresholdPercentage", -1), p("AutodiscoverPartialDirSync", -1),
		p("AutoEnableArchiveMailbox", -1), sw("AutoExpandingArchive"), p("AutomaticForcedReadReceiptEnabled", -1),
		p("BlockMoveMessagesForGroupFolders", -1), p("BookingsAddressEntryRestricted", -1),
		p("BookingsAuthEnabled", -1), p("BookingsBlockedWordsEnabled", -1),
		p("BookingsCreationOfCustomQuestionsRestricted", -1), p("BookingsEnabled", -1),
		p("BookingsExposureOfStaffDetailsRestricted", -1), p("BookingsMembershipApprovalRequired", -1),
		p("BookingsNamingPolicyEnabled", -1), p("BookingsNamingPolicyPrefix", -1),
		p("BookingsNamingPolicyPrefixEnabled", -1), p("BookingsNamingPolicySuffix", -1),
		p("BookingsNamingPolicySuffixEnabled", -1), p("BookingsNotesEntryRestricted", -1),
		p("BookingsPaymentsEnabled", -1), p("BookingsPhoneNumberEntryRestricted", -1),
		p("BookingsSearchEngineIndexDisabled", -1), p("BookingsSmsMicrosoftEnabled", -1),
		p("BookingsSocialSharingRestricted", -1), p("ByteEncoderTypeFor7BitCharsets", -1),
		p("CalendarVersionStoreEnabled", -1), p("ComplianceMLBgdCrawlEnabled", -1),
		p("ConnectorsActionableMessagesEnabled", -1), p("ConnectorsEnabled", -1),
		p("ConnectorsEnabledForOutlook", -1), p("ConnectorsEnabledForSharepoint", -1),
		p("ConnectorsEnabledForTeams", -1), p("ConnectorsEnabledForYammer", -1), p("CustomerFeedbackEnabled", -1),
		p("CustomerLockboxEnabled", -1), p("DataClassifications", -1), p("DefaultAuthenticationPolicy", -1),
		p("DefaultFolderPermissionRestricted", -1), p("DefaultGroupAccessType", -1),
		p("DefaultMinutesToReduceLongEventsBy", -1), p("DefaultMinutesToReduceShortEventsBy", -1),
		p("DefaultPublicFolderAgeLimit", -1), p("DefaultPublicFolderDeletedItemRetention", -1),
		p("DefaultPublicFolderIssueWarningQuota", -1), p("DefaultPublicFolderMaxItemSize", -1),
		p("DefaultPublicFolderMovedItemRetention", -1), p("DefaultPublicFolderProhibitPostQuota", -1),
		p("DelayedDelicensingEnabled", -1), p("DirectReportsGroupAutoCreationEnabled", -1),
		p("DisablePlusAddressInRecipients", -1), p("DistributionGroupDefaultOU", -1),
		p("DistributionGroupNameBlockedWordsList", -1), p("DistributionGroupNamingPolicy", -1),
		p("DLPViaDcsEnabled", -1), p("DLPWaitOnSendEnabled", -1), p("DLPWaitOnSendTimeout", -1),
		p("DomainController", -1), p("ElcProcessingDisabled", -1), sw("EmptyAddressBookForNonExchangeUsers"),
		sw("EnableAuthAdminReadSession"), p("EnableDownloadDomains", -1),
		p("EnableForwardingAddressSyncForMailboxes", -1), sw("EnableOrgWidePermissionOnScopedRoles"),
		p("EnableOutlookEvents", -1), p("EndUserDLUpgradeFlowsDisabled", -1),
		p("EndUserMailNotificationForDelayedDelicensingEnabled", -1), p("EnforceExoAppRbacPermissions", -1),
		sw("EnforceShortenEventSetting"), p("EwsAllowedAppIDs", -1), p("EwsAllowEntourage", -1),
		p("EwsAllowList", -1), p("EwsAllowMacOutlook", -1), p("EwsAllowOutlook", -1),
		p("EwsApplicationAccessPolicy", -1), p("EwsBlockList", -1), p("EwsEnabled", -1),
		sw("ExchangeAttributesCloudManagedByDefault"), sw("ExchangeAttributesServerManagedByDefault"),
		p("ExchangeNotificationEnabled", -1), p("ExchangeNotificationRecipients", -1),
		p("FindTimeAttendeeAuthenticationEnabled", -1), p("FindTimeAutoScheduleDisabled", -1),
		p("FindTimeLockPollForAttendeesEnabled", -1), p("FindTimeOnlineMeetingOptionDisabled", -1),
		p("FocusedInboxOn", -1), sw("Force"), p("HierarchicalAddressBookRoot", -1), p("HybridRSVPEnabled", -1),
		p("Industry", -1), p("InRegionRoutingEnabled", -1), p("IPListBlocked", -1), p("IsAgendaMailEnabled", -1),
		p("IsExcludedFromOffboardMigration", -1), p("IsExcludedFromOnboardMigration", -1),
		p("IsFfoMigrationInProgress", -1), p("IsGroupFoldersAndRulesEnabled", -1),
		p("IsGroupMemberAllowedToEditContent", -1), p("LeanPopoutEnabled", -1), p("LinkPreviewEnabled", -1),
		sw("MailboxDataEncryptionEnabled"), p("MailTipsAllTipsEnabled", -1),
		p("MailTipsExternalRecipientsTipsEnabled", -1), p("MailTipsGroupMetricsEnabled", -1),
		p("MailTipsLargeAudienceThreshold", -1), p("MailTipsMailboxSourcedTipsEnabled", -1),
		p("ManagedFolderHomepage", -1), p("MapiHttpEnabled", -1), p("MaskClientIpInReceivedHeadersEnabled", -1),
		p("MatchSenderOrganizerProperties", -1), p("MaxConcurrentMigrations", -1),
		p("MessageHighlightsEnabled", -1), p("MessageRecallAlertRecipientsEnabled", -1),
		p("MessageRecallAlertRecipientsReadMessagesOnlyEnabled", -1), p("MessageRecallEnabled", -1),
		p("MessageRecallMaxRecallableAge", -1), p("MessageRemindersEnabled", -1),
		p("MicrosoftExchangeRecipientEmailAddresses", -1),
		p("MicrosoftExchangeRecipientEmailAddressPolicyEnabled", -1),
		p("MicrosoftExchangeRecipientPrimarySmtpAddress", -1), p("MicrosoftExchangeRecipientReplyRecipient", -1),
		p("MitigationsEnabled", -1), p("MobileAppEducationEnabled", -1),
		p("OabShadowDistributionOldestFileAgeLimit", -1), p("OAuth2ClientProfileEnabled", -1),
		p("OnlineMeetingsByDefaultEnabled", -1), p("OrganizationSummary", -1), p("OutlookGifPickerDisabled", -1),
		p("OutlookMobileGCCRestrictionsEnabled", -1), p("OutlookMobileHelpShiftEnabled", -1),
		p("OutlookMobileSingleAccountEnabled", -1), p("OutlookPayEnabled", -1),
		p("OutlookTextPredictionDisabled", -1), p("PermanentlyDeleteDisabled", -1),
		p("PerTenantSwitchToESTSEnabled", -1), p("PostponeRoamingSignaturesUntilLater", -1),
		p("PreferredInternetCodePageForShiftJis", -1), p("PublicComputersDetectionEnabled", -1),
		p("PublicFolderContentReplicationDisabled", -1), p("PublicFolderMailboxesLockedForNewConnections", -1),
		p("PublicFolderMailboxesMigrationComplete", -1), p("PublicFolderMigrationComplete", -1),
		p("PublicFoldersEnabled", -1), p("PublicFolderShowClientControl", -1),
		p("PublicFoldersLockedForMigration", -1), p("ReadTrackingEnabled", -1), p("RecallReadMessagesEnabled", -1),
		p("RecipientDelimiters", -1), p("RefreshSessionEnabled", -1), p("RejectDirectSend", -1),
		p("RemotePublicFolderMailboxes", -1), p("RequiredCharsetCoverage", -1), p("SCLJunkThreshold", -1),
		p("SendFromAliasEnabled", -1), p("SharedDomainEmailAddressFlowEnabled", -1),
		p("ShortenEventScopeDefault", -1), p("SiteMailboxCreationURL", -1), p("SmtpActionableMessagesEnabled", -1),
		p("TenantAdminNotificationForDelayedDelicensingEnabled", -1), p("TwoClickMailPreviewEnabled", -1),
		p("UMAvailableLanguages", -1), p("UnblockUnsafeSenderPromptEnabled", -1), sw("UseIcsSyncStateStreaming"),
		p("VisibleMeetingUpdateProperties", -1), p("WACDiscoveryEndpoint", -1),
		p("WebPushNotificationsDisabled", -1), p("WebSuggestedRepliesDisabled", -1),
		p("WorkspaceTenantEnabled", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "New-SettingOverride", ShouldProcess: true, Params: []ParamInfo{
		p("Component", -1), p("DomainController", -1), sw("Force"), p("MaxVersion", -1), p("MinVersion", -1),
		p("Name", 0), p("Parameters", -1), p("Reason", -1), p("Section", -1), p("Server", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-SettingOverride", ShouldProcess: true, Params: []ParamInfo{
		p("DomainController", -1), sw("Force"), p("Identity", 0), p("MaxVersion", -1), p("MinVersion", -1),
		p("Parameters", -1), p("Reason", -1), p("Server", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Remove-SettingOverride", ShouldProcess: true, Params: []ParamInfo{
		p("DomainController", -1), p("Identity", 0),
	}})
	addCmdlet(&CmdletInfo{Name: "Get-SettingOverride", Params: []ParamInfo{
		p("DomainController", -1), p("Identity", 0),
	}})
	addCmdlet(&CmdletInfo{Name: "New-PartnerApplication", ShouldProcess: true, Params: []ParamInfo{
		p("AcceptSecurityIdentifierInformation", -1), p("AccountType", -1), p("ActAsPermissions", -1),
		p("ApplicationIdentifier", -1), p("AppOnlyPermissions", -1), p("AuthMetadataUrl", -1),
		p("DomainController", -1), p("Enabled", -1), p("IssuerIdentifier", -1), p("LinkedAccount", -1),
		p("Name", 0), p("Realm", -1), sw("TrustAnySSLCertificate"),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-PartnerApplication", ShouldProcess: true, Params: []ParamInfo{
		p("AcceptSecurityIdentifierInformation", -1), p("AccountType", -1), p("ActAsPermissions", -1),
		p("ApplicationIdentifier", -1), p("AppOnlyPermissions", -1), p("AuthMetadataUrl", -1),
		p("DomainController", -1), p("Enabled", -1), p("Identity", 0), p("IssuerIdentifier", -1),
		p("LinkedAccount", -1), p("Name", -1), p("Realm", -1), sw("RefreshAuthMetadata"),
		sw("TrustAnySSLCertificate"),
	}})
	addCmdlet(&CmdletInfo{Name: "Get-PartnerApplication", Params: []ParamInfo{
		p("DomainController", -1), p("Identity", 0), p("Organization", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "New-AuthServer", ShouldProcess: true, Params: []ParamInfo{
		p("ApplicationIdentifier", -1), p("AuthMetadataUrl", -1), p("DomainController", -1), p("DomainName", -1),
		p("Enabled", -1), p("GraphBaseUrl", -1), p("Name", 0), sw("TrustAnySSLCertificate"), p("Type", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-AuthServer", ShouldProcess: true, Params: []ParamInfo{
		p("ApplicationIdentifier", -1), p("AuthMetadataUrl", -1), p("DomainController", -1), p("DomainName", -1),
		p("Enabled", -1), p("GraphBaseUrl", -1), p("Identity", 0), p("IsDefaultAuthorizationEndpoint", -1),
		p("Name", -1), sw("RefreshAuthMetadata"), sw("TrustAnySSLCertificate"),
	}})
}

// ExoSetTransportConfig is the complete parameter list of Set-TransportConfig.
// The shared entry Cmdlet("set-transportconfig") lists only three
// parameters, which makes prefixes such as -A or -Smtp look unique when
// PowerShell would find them ambiguous; EXO005 binds with this one.
var ExoSetTransportConfig = &CmdletInfo{Name: "Set-TransportConfig", ShouldProcess: true, Params: []ParamInfo{
	p("AddressBookPolicyRoutingEnabled", -1), p("AgentGeneratedMessageLoopDetectionInSmtpEnabled", -1),
	p("AgentGeneratedMessageLoopDetectionInSubmissionEnabled", -1), p("AllowLegacyTLSClients", -1),
	p("ClearCategories", -1), p("ConvertDisclaimerWrapperToEml", -1),
	p("DiagnosticsAggregationServicePort", -1), p("DomainController", -1), p("DSNConversionMode", -1),
	p("ExternalDelayDsnEnabled", -1), p("ExternalDsnDefaultLanguage", -1),
	p("ExternalDsnLanguageDetectionEnabled", -1), p("ExternalDsnMaxMessageAttachSize", -1),
	p("ExternalDsnReportingAuthority", -1), p("ExternalDsnSendHtml", -1), p("ExternalPostmasterAddress", -1),
	sw("Force"), p("GenerateCopyOfDSNFor", -1), p("HeaderPromotionModeSetting", -1), p("Identity", 0),
	p("InternalDelayDsnEnabled", -1), p("InternalDsnDefaultLanguage", -1),
	p("InternalDsnLanguageDetectionEnabled", -1), p("InternalDsnMaxMessageAttachSize", -1),
	p("InternalDsnReportingAuthority", -1), p("InternalDsnSendHtml", -1), p("InternalSMTPServers", -1),
	p("JournalingReportNdrTo", -1), p("JournalMessageExpirationDays", -1),
	p("LegacyJournalingMigrationEnabled", -1), p("MaxAllowedAgentGeneratedMessageDepth", -1),
	p("MaxAllowedAgentGeneratedMessageDepthPerAgent", -1), p("MaxDumpsterSizePerDatabase", -1),
	p("MaxDumpsterTime", -1), p("MaxReceiveSize", -1), p("MaxRecipientEnvelopeLimit", -1),
	p("MaxRetriesForLocalSiteShadow", -1), p("MaxRetriesForRemoteSiteShadow", -1), p("MaxSendSize", -1),
	p("MessageExpiration", -1), p("PreventDuplicateJournalingEnabled", -1),
	p("QueueDiagnosticsAggregationInterval", -1), p("RejectMessageOnShadowFailure", -1),
	p("ReplyAllStormBlockDurationHours", -1), p("ReplyAllStormDetectionMinimumRecipients", -1),
	p("ReplyAllStormDetectionMinimumReplies", -1), p("ReplyAllStormProtectionEnabled", -1),
	p("Rfc2231EncodingEnabled", -1), p("SafetyNetHoldTime", -1), p("ShadowHeartbeatFrequency", -1),
	p("ShadowHeartbeatRetryCount", -1), p("ShadowHeartbeatTimeoutInterval", -1),
	p("ShadowMessageAutoDiscardInterval", -1), p("ShadowMessagePreferenceSetting", -1),
	p("ShadowRedundancyEnabled", -1), p("ShadowResubmitTimeSpan", -1),
	p("SmtpClientAuthenticationDisabled", -1), p("SupervisionTags", -1), p("TLSReceiveDomainSecureList", -1),
	p("TLSSendDomainSecureList", -1), p("TransportRuleAttachmentTextScanLimit", -1),
	p("VerifySecureSubmitEnabled", -1), p("VoicemailJournalingEnabled", -1), p("Xexch50Enabled", -1),
}}

// The service-principal and Graph cmdlets of catalog F.2 (lookups and
// credential operations), from the modules' published syntax.
func servicePrincipalCmdlets(addCmdlet func(*CmdletInfo)) {
	// MSOnline (retired).
	addCmdlet(&CmdletInfo{Name: "Get-MsolServicePrincipal", Params: []ParamInfo{
		p("ObjectId", -1), p("AppPrincipalId", -1), p("ServicePrincipalName", -1), p("SearchString", -1),
		sw("All"), p("MaxResults", -1), p("TenantId", -1),
	}})
	msolCred := []ParamInfo{
		p("ObjectId", -1), p("AppPrincipalId", -1), p("ServicePrincipalName", -1), p("Type", -1), p("Value", -1),
		p("StartDate", -1), p("EndDate", -1), p("Usage", -1), p("TenantId", -1),
	}
	addCmdlet(&CmdletInfo{Name: "New-MsolServicePrincipalCredential", Params: msolCred})

	// AzureAD and AzureADPreview (retired).
	addCmdlet(&CmdletInfo{Name: "Get-AzureADServicePrincipal", Params: []ParamInfo{
		p("ObjectId", -1), p("SearchString", -1), p("Filter", -1), sw("All"), p("Top", -1),
	}})
	aadKey := []ParamInfo{
		p("ObjectId", -1), p("CustomKeyIdentifier", -1), p("StartDate", -1), p("EndDate", -1),
		p("Type", -1), p("Usage", -1), p("Value", -1),
	}
	addCmdlet(&CmdletInfo{Name: "New-AzureADServicePrincipalKeyCredential", Params: aadKey})
	addCmdlet(&CmdletInfo{Name: "New-AzureADServicePrincipalPasswordCredential", Params: []ParamInfo{
		p("ObjectId", -1), p("CustomKeyIdentifier", -1), p("StartDate", -1), p("EndDate", -1), p("Value", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-AzureADServicePrincipal", Params: []ParamInfo{
		p("ObjectId", -1), p("AccountEnabled", -1), p("AddIns", -1), p("AlternativeNames", -1), p("AppId", -1),
		p("AppRoleAssignmentRequired", -1), p("DisplayName", -1), p("ErrorUrl", -1), p("Homepage", -1),
		p("KeyCredentials", -1), p("LogoutUrl", -1), p("Oauth2Permissions", -1), p("PasswordCredentials", -1),
		p("PublisherName", -1), p("ReplyUrls", -1), p("SamlMetadataUrl", -1), p("ServicePrincipalNames", -1),
		p("ServicePrincipalType", -1), p("Tags", -1),
	}})

	// Microsoft Graph PowerShell (v1.0 and beta).
	for _, beta := range []string{"", "Beta"} {
		addCmdlet(&CmdletInfo{Name: "Get-Mg" + beta + "ServicePrincipal", Params: []ParamInfo{
			p("ServicePrincipalId", -1), p("InputObject", -1), p("ExpandProperty", -1, "Expand"),
			p("Property", -1, "Select"), p("Filter", -1), p("Search", -1), p("Sort", -1, "OrderBy"), p("Top", -1),
			p("Skip", -1), p("ConsistencyLevel", -1), sw("All"), p("CountVariable", -1, "CV"), p("PageSize", -1),
			p("Headers", -1), p("ResponseHeadersVariable", -1, "RHV"),
		}})
		addCmdlet(&CmdletInfo{Name: "Get-Mg" + beta + "ServicePrincipalByAppId", Params: []ParamInfo{
			p("AppId", -1), p("InputObject", -1), p("ExpandProperty", -1, "Expand"), p("Property", -1, "Select"),
			p("Headers", -1), p("ResponseHeadersVariable", -1, "RHV"),
		}})
		addCmdlet(&CmdletInfo{Name: "Add-Mg" + beta + "ServicePrincipalKey", ShouldProcess: true, Params: []ParamInfo{
			p("ServicePrincipalId", -1), p("InputObject", -1), p("BodyParameter", -1), p("KeyCredential", -1),
			p("PasswordCredential", -1), p("Proof", -1), p("AdditionalProperties", -1), p("Headers", -1),
			p("ResponseHeadersVariable", -1, "RHV"),
		}})
		addCmdlet(&CmdletInfo{Name: "Add-Mg" + beta + "ServicePrincipalPassword", ShouldProcess: true, Params: []ParamInfo{
			p("ServicePrincipalId", -1), p("InputObject", -1), p("BodyParameter", -1), p("PasswordCredential", -1),
			p("AdditionalProperties", -1), p("Headers", -1), p("ResponseHeadersVariable", -1, "RHV"),
		}})
		addCmdlet(&CmdletInfo{Name: "Update-Mg" + beta + "ServicePrincipal", ShouldProcess: true, Params: []ParamInfo{
			p("ServicePrincipalId", -1), p("InputObject", -1), p("BodyParameter", -1), p("KeyCredentials", -1),
			p("PasswordCredentials", -1), p("AccountEnabled", -1), p("AddIns", -1), p("AdditionalProperties", -1),
			p("AlternativeNames", -1), p("AppDescription", -1), p("AppDisplayName", -1), p("AppId", -1),
			p("AppOwnerOrganizationId", -1), p("AppRoleAssignedTo", -1), p("AppRoleAssignmentRequired", -1),
			p("AppRoleAssignments", -1), p("AppRoles", -1), p("ApplicationTemplateId", -1),
			p("ClaimsMappingPolicies", -1), p("CreatedObjects", -1), p("CustomSecurityAttributes", -1),
			p("DelegatedPermissionClassifications", -1), p("DeletedDateTime", -1), p("Description", -1),
			p("DisabledByMicrosoftStatus", -1), p("DisplayName", -1), p("Endpoints", -1),
			p("FederatedIdentityCredentials", -1), p("HomeRealmDiscoveryPolicies", -1), p("Homepage", -1),
			p("Id", -1), p("Info", -1), p("LoginUrl", -1), p("LogoutUrl", -1), p("MemberOf", -1), p("Notes", -1),
			p("NotificationEmailAddresses", -1), p("Oauth2PermissionGrants", -1), p("Oauth2PermissionScopes", -1),
			p("OwnedObjects", -1), p("Owners", -1), sw("PassThru"), p("PreferredSingleSignOnMode", -1),
			p("PreferredTokenSigningKeyThumbprint", -1), p("RemoteDesktopSecurityConfiguration", -1),
			p("ReplyUrls", -1), p("ResourceSpecificApplicationPermissions", -1), p("SamlSingleSignOnSettings", -1),
			p("ServicePrincipalNames", -1), p("ServicePrincipalType", -1), p("SignInAudience", -1),
			p("Synchronization", -1), p("Tags", -1), p("TokenEncryptionKeyId", -1), p("TokenIssuancePolicies", -1),
			p("TokenLifetimePolicies", -1), p("TransitiveMemberOf", -1), p("VerifiedPublisher", -1),
			p("Headers", -1), p("ResponseHeadersVariable", -1, "RHV"),
		}})
	}
	// Invoke-MgGraphRequest: in authPathCmdlets.
	addCmdlet(&CmdletInfo{Name: "Invoke-AzRestMethod", Params: []ParamInfo{
		p("Path", -1), p("Method", -1), p("Payload", -1), p("Uri", -1), p("ResourceId", -1), p("Name", -1),
		p("ResourceGroupName", -1), p("ResourceProviderName", -1), p("ResourceType", -1), p("ApiVersion", -1),
		p("SubscriptionId", -1), sw("WaitForCompletion"), p("PollFrom", -1), p("FinalResultFrom", -1), sw("AsJob"),
		p("DefaultProfile", -1, "AzContext", "AzureRmContext", "AzureCredential"),
	}})

	// Microsoft Entra PowerShell (and its beta module).
	for _, beta := range []string{"", "Beta"} {
		addCmdlet(&CmdletInfo{Name: "Get-Entra" + beta + "ServicePrincipal", Params: []ParamInfo{
			p("ServicePrincipalId", -1, "ObjectId", "Id"), p("Filter", -1), p("SearchString", -1), sw("All"),
			p("Top", -1, "Limit"), p("Property", -1, "Select"),
		}})
		addCmdlet(&CmdletInfo{Name: "New-Entra" + beta + "ServicePrincipalKeyCredential", Params: []ParamInfo{
			p("ServicePrincipalId", -1, "ObjectId"), p("CustomKeyIdentifier", -1), p("StartDate", -1),
			p("EndDate", -1), p("Type", -1), p("Usage", -1), p("Value", -1),
		}})
		addCmdlet(&CmdletInfo{Name: "New-Entra" + beta + "ServicePrincipalPasswordCredential", Params: []ParamInfo{
			p("ServicePrincipalId", -1, "ObjectId"), p("CustomKeyIdentifier", -1), p("StartDate", -1),
			p("EndDate", -1), p("Value", -1),
		}})
		addCmdlet(&CmdletInfo{Name: "Set-Entra" + beta + "ServicePrincipal", Params: []ParamInfo{
			p("ServicePrincipalId", -1, "ObjectId"), p("AccountEnabled", -1), p("AlternativeNames", -1),
			p("AppId", -1), p("AppRoleAssignmentRequired", -1), p("DisplayName", -1), p("Homepage", -1),
			p("KeyCredentials", -1), p("LogoutUrl", -1), p("PasswordCredentials", -1),
			p("PreferredSingleSignOnMode", -1), p("PreferredTokenSigningKeyThumbprint", -1), p("ReplyUrls", -1),
			p("ServicePrincipalNames", -1), p("ServicePrincipalType", -1), p("Tags", -1),
		}})
	}

	// Az.Resources, and AzureRM with the same shapes.
	for _, mod := range []string{"Az", "AzureRm"} {
		addCmdlet(&CmdletInfo{Name: "Get-" + mod + "ADServicePrincipal", Params: []ParamInfo{
			p("ObjectId", -1, "Id"), p("ApplicationId", -1, "AppId"), p("DisplayName", -1),
			p("DisplayNameStartsWith", -1), p("DisplayNameBeginsWith", -1), p("ServicePrincipalName", -1, "SPN"),
			p("SearchString", -1), p("Filter", -1), p("Search", -1), p("ApplicationObject", -1), p("First", -1),
			p("Skip", -1), p("Select", -1), sw("IncludeTotalCount"), p("ConsistencyLevel", -1),
			p("DefaultProfile", -1, "AzContext", "AzureRmContext", "AzureCredential"),
		}})
		addCmdlet(&CmdletInfo{Name: "New-" + mod + "ADSpCredential", ShouldProcess: true, Params: []ParamInfo{
			p("ObjectId", -1, "Id", "ServicePrincipalObjectId"), p("ServicePrincipalName", -1, "SPN"),
			p("DisplayName", -1), p("ServicePrincipalObject", -1), p("CertValue", -1),
			p("PasswordCredential", -1), p("KeyCredential", -1), p("Password", -1), p("StartDate", -1),
			p("EndDate", -1), p("DefaultProfile", -1, "AzContext", "AzureRmContext", "AzureCredential"),
		}})
	}
	addCmdlet(&CmdletInfo{Name: "Update-AzADServicePrincipal", ShouldProcess: true, Params: []ParamInfo{
		p("ObjectId", -1, "Id", "ServicePrincipalId"), p("ApplicationId", -1, "AppId"),
		p("ServicePrincipalName", -1, "SPN"), p("DisplayName", -1), p("InputObject", -1),
		p("KeyCredential", -1), p("PasswordCredential", -1), p("AccountEnabled", -1), p("AppRoleAssignmentRequired", -1),
		p("Homepage", -1), p("LogoutUrl", -1), p("ReplyUrl", -1), p("Tag", -1), sw("PassThru"),
		p("DefaultProfile", -1, "AzContext", "AzureRmContext", "AzureCredential"),
	}})

	addCmdlet(&CmdletInfo{Name: "Export-Certificate", ShouldProcess: true, Params: []ParamInfo{
		p("Cert", -1), p("FilePath", -1), p("Type", -1), sw("Force"), sw("NoClobber"),
	}})
}

// HybridAppScript is the parameter list of Microsoft's
// ConfigureExchangeHybridApplication.ps1 (microsoft/CSS-Exchange), for
// binding its invocations (catalog F.4).
var HybridAppScript = &CmdletInfo{Name: "ConfigureExchangeHybridApplication.ps1", ShouldProcess: true, Params: []ParamInfo{
	sw("FullyConfigureExchangeHybridApplication"), sw("CreateApplication"), sw("DeleteApplication"),
	sw("UpdateCertificate"), sw("ConfigureAuthServer"), p("CustomAppId", -1), p("TenantId", -1),
	p("RemoteRoutingDomain", -1), sw("ConfigureTargetSharingEpr"), sw("EnableExchangeHybridApplicationOverride"),
	sw("ResetFirstPartyServicePrincipalKeyCredentials"), p("AzureEnvironment", -1), p("CustomClientId", -1),
	p("CustomGraphApiUri", -1), p("CustomEntraAuthUri", -1), p("CustomInitialCloudDomains", -1),
	p("CustomMicrosoftDomains", -1), p("CertificateMethod", -1), p("CertificateInformation", -1),
	sw("ScriptUpdateOnly"), sw("SkipVersionCheck"),
}}
