package sarif

// cweNames are the CWE entries the rules use (catalog G.0), for the run's
// CWE taxonomy. Kept apart from the rules, as gosec does.
var cweNames = map[int]string{
	250:  "Execution with Unnecessary Privileges",
	259:  "Use of Hard-coded Password",
	269:  "Improper Privilege Management",
	284:  "Improper Access Control",
	287:  "Improper Authentication",
	295:  "Improper Certificate Validation",
	308:  "Use of Single-factor Authentication",
	312:  "Cleartext Storage of Sensitive Information",
	319:  "Cleartext Transmission of Sensitive Information",
	321:  "Use of Hard-coded Cryptographic Key",
	327:  "Use of a Broken or Risky Cryptographic Algorithm",
	477:  "Use of Obsolete Function",
	522:  "Insufficiently Protected Credentials",
	523:  "Unprotected Transport of Credentials",
	757:  "Selection of Less-Secure Algorithm During Negotiation ('Algorithm Downgrade')",
	798:  "Use of Hard-coded Credentials",
	940:  "Improper Verification of Source of a Communication Channel",
	1104: "Use of Unmaintained Third Party Components",
	1390: "Weak Authentication",
}
