package scan

import (
	"fmt"
	"strings"
	"testing"
)

// scanShapes are scripts built to stress one part of the analysis each,
// at n units: the same variable assigned n times before a send that uses
// it (definitions followed back), n functions each calling the next (call
// resolution, TLS flow through calls), n sends sharing one splatted
// hashtable mutated n times, n nested if blocks, and n dot-sourced paths
// that do not exist (the loader).
var scanShapes = []struct {
	name string
	unit func(i int) string
	head string
	tail string
}{
	{"reassigned-variable", func(i int) string { return fmt.Sprintf("$server = 'smtp%d.contoso.com'\n", i) }, "",
		"Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer $server\n"},
	{"function-chain", func(i int) string {
		return fmt.Sprintf("function Step%d { Step%d }\n", i, i+1)
	}, "", "function Step1000000 { Send-MailMessage -To a@contoso.com -Subject s -SmtpServer relay }\nStep0\n"},
	{"splat-mutations", func(i int) string {
		return fmt.Sprintf("$p['Subject'] = 'report %d'\nSend-MailMessage @p\n", i)
	}, "$p = @{ To = 'a@contoso.com'; From = 'b@contoso.com'; SmtpServer = 'smtp.office365.com'; Port = 587; UseSsl = $true }\n", ""},
	{"client-per-send", func(i int) string {
		return fmt.Sprintf("$c = New-Object System.Net.Mail.SmtpClient('smtp%d.contoso.com', 587)\n$c.EnableSsl = $true\n$c.Send('a@contoso.com', 'b@contoso.com', 's', 'b')\n", i)
	}, "", ""},
	{"mailkit-per-send", func(i int) string {
		return fmt.Sprintf("$k = New-Object MailKit.Net.Smtp.SmtpClient\n$k.Connect('smtp%d.contoso.com', 587)\n$k.Send($m)\n", i)
	}, "", ""},
	{"mixed-constructions", func(i int) string {
		return fmt.Sprintf("$a = New-Object System.Net.Mail.MailAddress('u%d@contoso.com')\n$c = [System.Management.Automation.PSCredential]::new('u%d', $p)\n", i, i)
	}, "", "Send-MailMessage -To $a -From $a -Subject s -SmtpServer smtp.office365.com -Credential $c -UseSsl -Port 587\n"},
	{"nested-ifs", func(i int) string { return fmt.Sprintf("if ($x -eq %d) {\n", i) }, "", ""},
	{"dot-sources", func(i int) string { return fmt.Sprintf(". \"$PSScriptRoot\\lib%d.ps1\"\n", i) }, "",
		"Send-MailMessage -To a@contoso.com -Subject s -SmtpServer relay\n"},
}

// BenchmarkScanShapes scans each shape at 1,000, 4,000 and 16,000 units:
// ns/op must grow about four times per step, not sixteen (no shape slower
// than linear). The third size is there because a quadratic part can hide
// behind the linear ones at the first two (the MAIL001 host lookup made the
// splat shape grow 4.6 times, then 8.3).
func BenchmarkScanShapes(b *testing.B) {
	opts := fuzzOptions()
	for _, s := range scanShapes {
		for _, n := range []int{1000, 4000, 16000} {
			var sb strings.Builder
			sb.WriteString(s.head)
			for i := 0; i < n; i++ {
				sb.WriteString(s.unit(i))
			}
			sb.WriteString(s.tail)
			if s.name == "nested-ifs" {
				sb.WriteString("Send-MailMessage -To a@contoso.com -Subject s -SmtpServer relay\n")
				sb.WriteString(strings.Repeat("}\n", n))
			}
			raw := []byte(sb.String())
			b.Run(fmt.Sprintf("%s/%d", s.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(raw)))
				for i := 0; i < b.N; i++ {
					if r := Bytes("shape.ps1", raw, opts); len(r.Internal) > 0 {
						b.Fatal(r.Internal)
					}
				}
			})
		}
	}
}
