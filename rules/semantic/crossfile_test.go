package semantic

import (
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

func TestPathOf(t *testing.T) {
	cases := map[string]string{
		`. .\lib\mail.ps1`:                                                           `.\lib\mail.ps1`,
		`. $PSScriptRoot\lib\mail.ps1`:                                               `.\lib\mail.ps1`,
		`. "$PSScriptRoot/lib/mail.ps1"`:                                             `./lib/mail.ps1`,
		`. (Join-Path $PSScriptRoot 'lib\mail.ps1')`:                                 `.\lib\mail.ps1`,
		`. (Join-Path -Path $PSScriptRoot -ChildPath 'lib\mail.ps1')`:                `.\lib\mail.ps1`,
		"$lib = Join-Path $PSScriptRoot 'lib'\n. \"$lib\\mail.ps1\"":                 `.\lib\mail.ps1`,
		"$here = Split-Path -Parent $MyInvocation.MyCommand.Path\n. $here\\mail.ps1": `.\mail.ps1`,
		`. ($PSScriptRoot + '\mail.ps1')`:                                            `.\mail.ps1`,
		`. $file.FullName`:                                                           "",
		`. "$env:ProgramData\lib.ps1"`:                                               "",
	}
	for src, want := range cases {
		m := model(t, src)
		var dot *parser.Command
		for _, c := range m.Commands {
			if c.Invoke == "." {
				dot = c
			}
		}
		got, ok := m.PathOf(dot.Name, dot.Pos())
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("%q: got %q (ok %v), want %q", src, got, ok, want)
		}
	}
}

func TestExternalCallTLS(t *testing.T) {
	m := model(t, "Send-Alert\n[Net.ServicePointManager]::SecurityProtocol = 'Tls12'\nSend-Alert\nif ($x) { [Net.ServicePointManager]::SecurityProtocol = 'Tls11' }\nSend-Alert\n")
	var calls []*parser.Command
	for _, c := range m.Commands {
		if c.NameText() == "Send-Alert" {
			calls = append(calls, c)
		}
	}
	got := m.ExternalCallTLS(calls)
	want := []Ensured{NotEnsured, IsEnsured, MaybeEnsured}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("call %d: %v, want %v", i+1, got[i], want[i])
		}
	}
}

func TestMayChangeTLS(t *testing.T) {
	cases := map[string]bool{
		"[Net.ServicePointManager]::SecurityProtocol = 'Tls12'\nSend-Alert": true,
		"if ($PSVersionTable.PSEdition -eq 'Core') { Send-Alert }":          true,
		"if ($PSVersionTable.psversion.Major -ge 7) { Send-Alert }":         true,
		"if ($IsCoreCLR) { Send-Alert }":                                    true,
		". .\\lib.ps1\nSend-Alert":                                          true,
		"Send-Alert -To x\n$x.Length":                                       false,
	}
	for src, want := range cases {
		if got := mayChangeTLS(model(t, src)); got != want {
			t.Errorf("%q: %v, want %v", src, got, want)
		}
	}
}
