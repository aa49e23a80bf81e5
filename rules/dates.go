package rules

import "time"

// The dates that change rule levels and messages (catalog H.6), kept in one
// place so that texts and levels change together. Rules compare them with
// Config.AsOf, which tests pin.
var (
	// AUTH006: Connect-ExchangeOnline -Credential (ROPC) becomes an error.
	dateEXOCredentialRemoved = day(2026, 7, 1)
	// MAIL005: EWS in Exchange Online is disabled tenant by tenant.
	dateEWSDisablement = day(2026, 10, 1)
	// MAIL005: EWS in Exchange Online is shut down for good.
	dateEWSShutdown = day(2027, 4, 1)
	// AUTH008 and others: Basic authentication for SMTP AUTH is switched off
	// by default at the end of December 2026.
	dateSMTPBasicAuthOff = day(2027, 1, 1)
	// AUTH008: Microsoft supports Basic authentication for High Volume Email
	// until September 2028; from then on the HVE note becomes an error.
	dateHVEBasicAuthEnd = day(2028, 9, 1)
)

// datedLevels holds the rules whose level depends on the as-of date: the
// level their findings take on that date (some findings of the rule, such
// as AUTH006's -InlineCredential note, keep their own level).
var datedLevels = map[string]func(*Config) Level{
	"MAIL005": mail005Level,
	"AUTH006": auth006Level,
}

// LevelOn returns the level the rule's findings take on c.AsOf: the
// default level unless the rule's level follows a date (dates.go).
func (r *Rule) LevelOn(c *Config) Level {
	if f := datedLevels[r.ID]; f != nil {
		return f(c)
	}
	return r.Level
}

// breakDates says when what a rule finds stops working in Exchange Online
// or Microsoft Entra (already past for some): the text report's summary
// puts the rules that break first first.
var breakDates = map[string]time.Time{
	"AUTH005": day(2023, 10, 1), // Remote PowerShell off for all tenants
	"AUTH007": day(2025, 5, 1),  // MSOnline stopped working (AzureAD after it)
	"AUTH006": dateEXOCredentialRemoved,
	"MAIL005": dateEWSDisablement,
	"AUTH008": dateSMTPBasicAuthOff,
	"TLS003":  dateSMTPBasicAuthOff, // the stop-gap ends with Basic SMTP AUTH
	"MAIL001": dateSMTPBasicAuthOff,
	"MAIL004": dateSMTPBasicAuthOff,
}

// BreaksOn returns the date what the rule finds stops working, when the
// rule has one.
func BreaksOn(id string) (time.Time, bool) {
	t, ok := breakDates[id]
	return t, ok
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// onOrAfter reports whether the scan's as-of date is on or after d.
func (c *Config) onOrAfter(d time.Time) bool { return !c.AsOf.Before(d) }

// smtpBasicAuthShort is smtpBasicAuthText's few words for a one-line message.
func (c *Config) smtpBasicAuthShort() string {
	if c.onOrAfter(dateSMTPBasicAuthOff) {
		return "is disabled by default since the end of December 2026"
	}
	return "will be disabled by default at the end of December 2026"
}

// smtpBasicAuthText says when Basic auth for SMTP AUTH is (or was) switched off, relative to AsOf.
func (c *Config) smtpBasicAuthText() string {
	if c.onOrAfter(dateSMTPBasicAuthOff) {
		return "Basic authentication for SMTP AUTH in Exchange Online is disabled by default since the end of December 2026"
	}
	return "Basic authentication for SMTP AUTH in Exchange Online will be disabled by default at the end of December 2026"
}

// hveBasicAuth returns the AUTH008 message and level for Basic
// authentication to High Volume Email, relative to AsOf.
func (c *Config) hveBasicAuth(host string) (string, Level) {
	if c.onOrAfter(dateHVEBasicAuthEnd) {
		return "Basic authentication to Exchange Online High Volume Email ('" + host + "'): Microsoft's support for it ended in September 2028. " +
			"Microsoft's support for Basic authentication to HVE ended in September 2028. Authenticate the HVE account with OAuth, " +
			"or move the sends to Azure Communication Services Email.", Error
	}
	return "Basic authentication to Exchange Online High Volume Email ('" + host + "'): supported until September 2028, internal recipients only. " +
		"HVE is not SMTP AUTH client submission: Microsoft supports Basic authentication for HVE until September 2028 (internal recipients only). " +
		"Plan the move to OAuth for HVE, or to Azure Communication Services Email, before then.", Note
}
