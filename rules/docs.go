package rules

import (
	"embed"
	"strings"
)

//go:embed docs/*.md
var docsFS embed.FS

// Doc returns the documentation page of a rule (rules/docs/ID.md), or "".
func Doc(id string) string {
	b, err := docsFS.ReadFile("docs/" + strings.ToUpper(id) + ".md")
	if err != nil {
		return ""
	}
	return string(b)
}

// FullDescription returns the first paragraph after the title of a rule's
// doc page: one or two sentences, used as SARIF fullDescription.
func FullDescription(id string) string {
	doc := Doc(id)
	lines := strings.Split(doc, "\n")
	var para []string
	for i, l := range lines {
		if i == 0 || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.TrimSpace(l) == "" {
			if len(para) > 0 {
				break
			}
			continue
		}
		para = append(para, strings.TrimSpace(l))
	}
	return strings.Join(para, " ")
}

// DocsBase is where the rule pages (rules/docs/ID.md) are published: SARIF
// helpUri and the inventory's HTML report link there.
const DocsBase = "https://github.com/psmailscan/psmailscan/blob/main/rules/docs/"

// DocURL returns the address of a rule's documentation page.
func DocURL(id string) string { return DocsBase + strings.ToUpper(id) + ".md" }
