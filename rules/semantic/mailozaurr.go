package semantic

// mailozaurrCmdlets adds the binder metadata of Mailozaurr's Send-EmailMessage
// (named parameters only; the ones the inventory reads, and their neighbours
// for prefix matching).
func mailozaurrCmdlets(addCmdlet func(*CmdletInfo)) {
	addCmdlet(&CmdletInfo{Name: "Send-EmailMessage", Params: []ParamInfo{
		{Name: "Server", Aliases: []string{"SmtpServer"}, Position: -1}, {Name: "Port", Position: -1},
		{Name: "From", Position: -1}, {Name: "ReplyTo", Position: -1}, {Name: "Cc", Position: -1}, {Name: "Bcc", Position: -1},
		{Name: "To", Position: -1}, {Name: "Subject", Position: -1}, {Name: "Priority", Aliases: []string{"Importance"}, Position: -1},
		{Name: "Encoding", Position: -1}, {Name: "DeliveryNotificationOption", Position: -1},
		{Name: "DeliveryStatusNotificationType", Position: -1}, {Name: "Credential", Position: -1},
		{Name: "Username", Position: -1}, {Name: "Password", Position: -1}, {Name: "SecureSocketOptions", Position: -1},
		{Name: "UseSsl", Switch: true, Position: -1}, {Name: "HTML", Aliases: []string{"Body"}, Position: -1},
		{Name: "Text", Position: -1}, {Name: "Attachment", Position: -1}, {Name: "Timeout", Position: -1},
		{Name: "oAuth2", Aliases: []string{"oAuth"}, Switch: true, Position: -1}, {Name: "AsSecureString", Switch: true, Position: -1},
		{Name: "Email", Aliases: []string{"EmailParameters"}, Position: -1}, {Name: "Suppress", Switch: true, Position: -1},
		{Name: "Graph", Switch: true, Position: -1}, {Name: "MgGraphRequest", Switch: true, Position: -1},
		{Name: "SendGrid", Switch: true, Position: -1}, {Name: "SeparateTo", Switch: true, Position: -1},
		{Name: "DoNotSaveToSentItems", Switch: true, Position: -1}, {Name: "RequestReadReceipt", Switch: true, Position: -1},
		{Name: "RequestDeliveryReceipt", Switch: true, Position: -1}, {Name: "LocalDomain", Position: -1},
		{Name: "SkipCertificateRevocation", Switch: true, Position: -1}, {Name: "SkipCertificateValidation", Switch: true, Position: -1},
		{Name: "LogPath", Position: -1}, {Name: "LogConsole", Switch: true, Position: -1}, {Name: "LogObject", Switch: true, Position: -1},
		{Name: "LogTimestamps", Switch: true, Position: -1}, {Name: "LogTimeStampsFormat", Position: -1}, {Name: "LogSecrets", Switch: true, Position: -1},
		{Name: "MimeMessagePath", Position: -1}, {Name: "AttachSelf", Switch: true, Position: -1}, {Name: "AttachSelfName", Position: -1},
		{Name: "Sensitivity", Position: -1},
	}})
}
