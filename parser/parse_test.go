package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// constructCases: one input per construct of the language, and the expected
// tree shape (Dump). Every case also runs through checkSpans and seeds FuzzParse.
var constructCases = []struct {
	name, src, want string
}{
	{"nested-blocks-with-param",
		"$a = { [CmdletBinding()] param($x) & { [Parameter()] param($y) [int[]]$z = 1 } }",
		"(ScriptBlock (AssignStmt = (Variable $a) (Pipeline (CommandExpr (ScriptBlockExpr (ScriptBlock (ParamBlock (Attribute (TypeName CmdletBinding)) (Param (Variable $x))) (Pipeline (Command & (ScriptBlockExpr (ScriptBlock (ParamBlock (Attribute (TypeName Parameter)) (Param (Variable $y))) (AssignStmt = (ConvertExpr (TypeName int[]) (Variable $z)) (Pipeline (CommandExpr (NumberLit 1))))))))))))))"},
	{"backtick-space-whitespace",
		"$x = $y ` | Out-String\n$h = @{\"a\" = 1; ` \n    \"b\" = 2}",
		"(ScriptBlock (AssignStmt = (Variable $x) (Pipeline (CommandExpr (Variable $y)) (Command (Bareword Out-String)))) (AssignStmt = (Variable $h) (Pipeline (CommandExpr (HashLit (HashEntry (StringLit \"a\") (Pipeline (CommandExpr (NumberLit 1)))) (HashEntry (StringLit \"b\") (Pipeline (CommandExpr (NumberLit 2)))))))))"},
	{"backtick-space-in-word",
		"Set-Location C:\\Program` Files",
		"(ScriptBlock (Pipeline (Command (Bareword Set-Location) (Argument (Bareword C:\\Program Files)))))"},
	{"doubled-quotes-in-subexpression",
		"\"a $(\"\"x\"\") b $(if ($t) {\"\"y $v\"\"})\"",
		"(ScriptBlock (Pipeline (CommandExpr (StringLit \"a $(\\\"\\\"x\\\"\\\") b $(if ($t) {\\\"\\\"y $v\\\"\\\"})\" (SubExpr (Pipeline (CommandExpr (StringLit \"x\")))) (SubExpr (IfStmt (IfClause (Pipeline (CommandExpr (Variable $t))) (StmtBlock (Pipeline (CommandExpr (StringLit \"y $v\" (Variable $v))))))))))))"},
	{"unicode-escape-in-braced-variable",
		"${foo`u{2195}} = 42",
		"(ScriptBlock (AssignStmt = (Variable $foo`u{2195}) (Pipeline (CommandExpr (NumberLit 42)))))"},
	{"leading-dot-number-after-comma",
		"$x = @(1.5,.25)",
		"(ScriptBlock (AssignStmt = (Variable $x) (Pipeline (CommandExpr (ArrayExpr (Pipeline (CommandExpr (ArrayLit (NumberLit 1.5) (NumberLit .25)))))))))"},
	{"pipeline",
		"Get-Process | Where-Object CPU -gt 10 | Select-Object -First 5",
		"(ScriptBlock (Pipeline (Command (Bareword Get-Process)) (Command (Bareword Where-Object) (Argument (Bareword CPU)) (Parameter -gt) (Argument (NumberLit 10))) (Command (Bareword Select-Object) (Parameter -First) (Argument (NumberLit 5)))))"},
	{"assign-compound",
		"$a += 1; $b -= 2; $c *= 3; $d /= 4; $e %= 5; $f ??= 6",
		"(ScriptBlock (AssignStmt += (Variable $a) (Pipeline (CommandExpr (NumberLit 1)))) (AssignStmt -= (Variable $b) (Pipeline (CommandExpr (NumberLit 2)))) (AssignStmt *= (Variable $c) (Pipeline (CommandExpr (NumberLit 3)))) (AssignStmt /= (Variable $d) (Pipeline (CommandExpr (NumberLit 4)))) (AssignStmt %= (Variable $e) (Pipeline (CommandExpr (NumberLit 5)))) (AssignStmt ??= (Variable $f) (Pipeline (CommandExpr (NumberLit 6)))))"},
	{"named-positional-switch",
		"Send-MailMessage 'a@x.com' 'Subj' -From b@x.com -UseSsl -Port:587 -UseSsl:$false",
		"(ScriptBlock (Pipeline (Command (Bareword Send-MailMessage) (Argument (StringLit \"a@x.com\")) (Argument (StringLit \"Subj\")) (Parameter -From) (Argument (Bareword b@x.com)) (Parameter -UseSsl) (Parameter -Port: (NumberLit 587)) (Parameter -UseSsl: (Variable $false)))))"},
	{"amp-invoke",
		"& 'Send-MailMessage' -To a; & $sb 1; &{ 'x' }",
		"(ScriptBlock (Pipeline (Command & (StringLit \"Send-MailMessage\") (Parameter -To) (Argument (Bareword a)))) (Pipeline (Command & (Variable $sb) (Argument (NumberLit 1)))) (Pipeline (Command & (ScriptBlockExpr (ScriptBlock (Pipeline (CommandExpr (StringLit \"x\"))))))))"},
	{"dot-source",
		". .\\lib.ps1; . \"$PSScriptRoot\\common.ps1\"; .\\run.ps1 -x",
		"(ScriptBlock (Pipeline (Command . (Bareword .\\lib.ps1))) (Pipeline (Command . (StringLit \"$PSScriptRoot\\\\common.ps1\" (Variable $PSScriptRoot)))) (Pipeline (Command (Bareword .\\run.ps1) (Parameter -x))))"},
	{"module-qualified",
		"Microsoft.PowerShell.Utility\\Send-MailMessage @params -Subject $s",
		"(ScriptBlock (Pipeline (Command (Bareword Microsoft.PowerShell.Utility\\Send-MailMessage) (Argument (Variable @params)) (Parameter -Subject) (Argument (Variable $s)))))"},
	{"scriptblock",
		"$sb = { param($x) $x * 2 }",
		"(ScriptBlock (AssignStmt = (Variable $sb) (Pipeline (CommandExpr (ScriptBlockExpr (ScriptBlock (ParamBlock (Param (Variable $x))) (Pipeline (CommandExpr (BinaryExpr * (Variable $x) (NumberLit 2))))))))))"},
	{"param-attrs",
		"[CmdletBinding(SupportsShouldProcess = $true)]\nparam([Parameter(Mandatory, Position = 0)][ValidateNotNullOrEmpty()][string]$Name, [switch]$Force = $false)",
		"(ScriptBlock (ParamBlock (Attribute (TypeName CmdletBinding) (NamedAttributeArg SupportsShouldProcess (Variable $true))) (Param (Attribute (TypeName Parameter) (NamedAttributeArg Mandatory) (NamedAttributeArg Position (NumberLit 0))) (Attribute (TypeName ValidateNotNullOrEmpty)) (Attribute (TypeName string)) (Variable $Name)) (Param (Attribute (TypeName switch)) (Variable $Force) (Variable $false))))"},
	{"function-named-blocks",
		"function Get-It { param($x) begin { 1 } process { $_ } end { 2 } clean { 3 } }",
		"(ScriptBlock (FunctionDef function Get-It (ScriptBlock (ParamBlock (Param (Variable $x))) (NamedBlock begin (Pipeline (CommandExpr (NumberLit 1)))) (NamedBlock process (Pipeline (CommandExpr (Variable $_)))) (NamedBlock end (Pipeline (CommandExpr (NumberLit 2)))) (NamedBlock clean (Pipeline (CommandExpr (NumberLit 3)))))))"},
	{"filter",
		"filter Only-Big { if ($_.Length -gt 1kb) { $_ } }",
		"(ScriptBlock (FunctionDef filter Only-Big (ScriptBlock (IfStmt (IfClause (Pipeline (CommandExpr (BinaryExpr -gt (MemberExpr (Variable $_) (Bareword Length)) (NumberLit 1kb)))) (StmtBlock (Pipeline (CommandExpr (Variable $_)))))))))"},
	{"workflow",
		"workflow Run-It {\nparallel { Get-Date }\nsequence { 'a' }\nInlineScript { 'b' }\nforeach -parallel ($x in $list) { $x } }",
		"(ScriptBlock (FunctionDef workflow Run-It (ScriptBlock (Pipeline (Command (Bareword parallel) (Argument (ScriptBlockExpr (ScriptBlock (Pipeline (Command (Bareword Get-Date)))))))) (Pipeline (Command (Bareword sequence) (Argument (ScriptBlockExpr (ScriptBlock (Pipeline (CommandExpr (StringLit \"a\")))))))) (Pipeline (Command (Bareword InlineScript) (Argument (ScriptBlockExpr (ScriptBlock (Pipeline (CommandExpr (StringLit \"b\")))))))) (ForeachStmt parallel (Variable $x) (Pipeline (CommandExpr (Variable $list))) (StmtBlock (Pipeline (CommandExpr (Variable $x))))))))"},
	{"dynamicparam",
		"function f { [CmdletBinding()] param() dynamicparam { $null } end { } }",
		"(ScriptBlock (FunctionDef function f (ScriptBlock (ParamBlock (Attribute (TypeName CmdletBinding))) (NamedBlock dynamicparam (Pipeline (CommandExpr (Variable $null)))) (NamedBlock end))))"},
	{"if-elseif-else",
		"if ($a) { 1 } elseif ($b) { 2 }\nelse { 3 }",
		"(ScriptBlock (IfStmt (IfClause (Pipeline (CommandExpr (Variable $a))) (StmtBlock (Pipeline (CommandExpr (NumberLit 1))))) (IfClause (Pipeline (CommandExpr (Variable $b))) (StmtBlock (Pipeline (CommandExpr (NumberLit 2))))) (StmtBlock (Pipeline (CommandExpr (NumberLit 3))))))"},
	{"switch-flags",
		"switch -Regex -CaseSensitive ($x) { '^a' { 'A' } default { 'other' } }",
		"(ScriptBlock (SwitchStmt regex,casesensitive (Pipeline (CommandExpr (Variable $x))) (SwitchClause (StringLit \"^a\") (StmtBlock (Pipeline (CommandExpr (StringLit \"A\"))))) (SwitchClause default (StmtBlock (Pipeline (CommandExpr (StringLit \"other\")))))))"},
	{"switch-file",
		"switch -File $path { 'x' { break } }",
		"(ScriptBlock (SwitchStmt file (Variable $path) (SwitchClause (StringLit \"x\") (StmtBlock (FlowStmt break)))))"},
	{"switch-wildcard",
		"switch -wildcard ($n) { foo* { 1 } 3 { 2 } }",
		"(ScriptBlock (SwitchStmt wildcard (Pipeline (CommandExpr (Variable $n))) (SwitchClause (Bareword foo*) (StmtBlock (Pipeline (CommandExpr (NumberLit 1))))) (SwitchClause (NumberLit 3) (StmtBlock (Pipeline (CommandExpr (NumberLit 2)))))))"},
	{"foreach",
		"foreach ($m in $mailboxes) { $m.Name }",
		"(ScriptBlock (ForeachStmt (Variable $m) (Pipeline (CommandExpr (Variable $mailboxes))) (StmtBlock (Pipeline (CommandExpr (MemberExpr (Variable $m) (Bareword Name)))))))"},
	{"for",
		"for ($i = 0; $i -lt 10; $i++) { $i }",
		"(ScriptBlock (ForStmt (AssignStmt = (Variable $i) (Pipeline (CommandExpr (NumberLit 0)))) (Pipeline (CommandExpr (BinaryExpr -lt (Variable $i) (NumberLit 10)))) (Pipeline (CommandExpr (UnaryExpr ++ postfix (Variable $i)))) (StmtBlock (Pipeline (CommandExpr (Variable $i))))))"},
	{"while",
		"while ($true) { break }",
		"(ScriptBlock (WhileStmt (Pipeline (CommandExpr (Variable $true))) (StmtBlock (FlowStmt break))))"},
	{"do-while",
		"do { $i++ } while ($i -lt 5)",
		"(ScriptBlock (DoStmt while (StmtBlock (Pipeline (CommandExpr (UnaryExpr ++ postfix (Variable $i))))) (Pipeline (CommandExpr (BinaryExpr -lt (Variable $i) (NumberLit 5))))))"},
	{"do-until",
		"do { $i++ } until ($i -ge 5)",
		"(ScriptBlock (DoStmt until (StmtBlock (Pipeline (CommandExpr (UnaryExpr ++ postfix (Variable $i))))) (Pipeline (CommandExpr (BinaryExpr -ge (Variable $i) (NumberLit 5))))))"},
	{"try-catch-finally",
		"try { 1 } catch [System.Net.WebException], [IO.IOException] { 2 } catch { 3 } finally { 4 }",
		"(ScriptBlock (TryStmt (StmtBlock (Pipeline (CommandExpr (NumberLit 1)))) (CatchClause (TypeName System.Net.WebException) (TypeName IO.IOException) (StmtBlock (Pipeline (CommandExpr (NumberLit 2))))) (CatchClause (StmtBlock (Pipeline (CommandExpr (NumberLit 3))))) (StmtBlock (Pipeline (CommandExpr (NumberLit 4))))))"},
	{"trap",
		"trap [Exception] { continue }",
		"(ScriptBlock (TrapStmt (TypeName Exception) (StmtBlock (FlowStmt continue))))"},
	{"labels",
		":outer foreach ($a in $b) { foreach ($c in $d) { break outer; continue } }",
		"(ScriptBlock (ForeachStmt (Variable $a) (Pipeline (CommandExpr (Variable $b))) (StmtBlock (ForeachStmt (Variable $c) (Pipeline (CommandExpr (Variable $d))) (StmtBlock (FlowStmt break (Bareword outer)) (FlowStmt continue))))))"},
	{"flow",
		"return $x; throw \"bad\"; exit 1",
		"(ScriptBlock (FlowStmt return (Pipeline (CommandExpr (Variable $x)))) (FlowStmt throw (Pipeline (CommandExpr (StringLit \"bad\")))) (FlowStmt exit (Pipeline (CommandExpr (NumberLit 1)))))"},
	{"data",
		"data Messages -SupportedCommand ConvertFrom-StringData { ConvertFrom-StringData 'a = b' }",
		"(ScriptBlock (DataStmt Messages (Bareword ConvertFrom-StringData) (StmtBlock (Pipeline (Command (Bareword ConvertFrom-StringData) (Argument (StringLit \"a = b\")))))))"},
	{"class",
		"class Mailer : Base, IDisposable { [string]$Host = 'smtp'; static [int]$Port; hidden $x\nMailer([string]$h) : base($h) { $this.Host = $h } [void] Send() { } }",
		"(ScriptBlock (ClassDef Mailer (TypeName Base) (TypeName IDisposable) (PropertyMember Host (Attribute (TypeName string)) (StringLit \"smtp\")) (PropertyMember Port (Attribute (TypeName int))) (PropertyMember x) (MethodMember Mailer (Param (Attribute (TypeName string)) (Variable $h)) (Variable $h) (ScriptBlock (AssignStmt = (MemberExpr (Variable $this) (Bareword Host)) (Pipeline (CommandExpr (Variable $h)))))) (MethodMember Send (Attribute (TypeName void)) (ScriptBlock))))"},
	{"enum",
		"[Flags()] enum Proto : int { None = 0; Tls = 192\nTls12 = 3072 }",
		"(ScriptBlock (EnumDef Proto (Attribute (TypeName Flags)) (EnumMember None (NumberLit 0)) (EnumMember Tls (NumberLit 192)) (EnumMember Tls12 (NumberLit 3072))))"},
	{"using",
		"using namespace System.Net.Mail\nusing module .\\Helpers.psm1",
		"(ScriptBlock (UsingStmt namespace System.Net.Mail) (UsingStmt module .\\Helpers.psm1))"},
	{"requires",
		"#Requires -Version 5.1 -PSEdition Desktop\n'x'",
		"(ScriptBlock (Pipeline (CommandExpr (StringLit \"x\"))))"},
	{"dsc",
		"Configuration Web { Node 'srv1' { WindowsFeature IIS { Ensure = 'Present'; Name = 'Web-Server' } } }",
		"(ScriptBlock (ConfigurationDef (Bareword Web) (ScriptBlock (Pipeline (Command (Bareword Node) (Argument (StringLit \"srv1\")) (Argument (ScriptBlockExpr (ScriptBlock (Pipeline (Command (Bareword WindowsFeature) (Argument (Bareword IIS)) (Argument (ScriptBlockExpr (ScriptBlock (Pipeline (Command (Bareword Ensure) (Argument (Bareword =)) (Argument (StringLit \"Present\")))) (Pipeline (Command (Bareword Name) (Argument (Bareword =)) (Argument (StringLit \"Web-Server\")))))))))))))))))"},
	{"ps7-operators",
		"$a ?? 'd'; $b = $c ? 1 : 2; ${x}?.Name; ${y}?[0]; Get-A && Get-B || Get-C",
		"(ScriptBlock (Pipeline (CommandExpr (BinaryExpr ?? (Variable $a) (StringLit \"d\")))) (AssignStmt = (Variable $b) (Pipeline (CommandExpr (TernaryExpr (Variable $c) (NumberLit 1) (NumberLit 2))))) (Pipeline (CommandExpr (MemberExpr nullcond (Variable $x) (Bareword Name)))) (Pipeline (CommandExpr (IndexExpr nullcond (Variable $y) (NumberLit 0)))) (Pipeline && (Command (Bareword Get-A)) (Pipeline || (Command (Bareword Get-B)) (Pipeline (Command (Bareword Get-C))))))"},
	{"foreach-parallel",
		"1..3 | ForEach-Object -Parallel { $_ } -ThrottleLimit 2",
		"(ScriptBlock (Pipeline (CommandExpr (BinaryExpr .. (NumberLit 1) (NumberLit 3))) (Command (Bareword ForEach-Object) (Parameter -Parallel) (Argument (ScriptBlockExpr (ScriptBlock (Pipeline (CommandExpr (Variable $_)))))) (Parameter -ThrottleLimit) (Argument (NumberLit 2)))))"},
	{"precedence",
		"$x = 1 + 2 * 3 -band 4 -and -not $y",
		"(ScriptBlock (AssignStmt = (Variable $x) (Pipeline (CommandExpr (BinaryExpr -and (BinaryExpr -band (BinaryExpr + (NumberLit 1) (BinaryExpr * (NumberLit 2) (NumberLit 3))) (NumberLit 4)) (UnaryExpr -not (Variable $y)))))))"},
	{"casts",
		"[int]'5' + [Net.SecurityProtocolType]::Tls12 -bor 3072",
		"(ScriptBlock (Pipeline (CommandExpr (BinaryExpr -bor (BinaryExpr + (ConvertExpr (TypeName int) (StringLit \"5\")) (MemberExpr static (TypeLit (TypeName Net.SecurityProtocolType)) (Bareword Tls12))) (NumberLit 3072)))))"},
	{"static-member",
		"[System.Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]'Tls12'",
		"(ScriptBlock (AssignStmt = (MemberExpr static (TypeLit (TypeName System.Net.ServicePointManager)) (Bareword SecurityProtocol)) (Pipeline (CommandExpr (ConvertExpr (TypeName Net.SecurityProtocolType) (StringLit \"Tls12\"))))))"},
	{"method-call",
		"$smtp.Send($from, $to, 'subject', \"body $x\")",
		"(ScriptBlock (Pipeline (CommandExpr (InvokeExpr (MemberExpr (Variable $smtp) (Bareword Send)) (Variable $from) (Variable $to) (StringLit \"subject\") (StringLit \"body $x\" (Variable $x))))))"},
	{"member-chain",
		"(Get-Date).AddDays(-1).ToString('yyyy')",
		"(ScriptBlock (Pipeline (CommandExpr (InvokeExpr (MemberExpr (InvokeExpr (MemberExpr (ParenExpr (Pipeline (Command (Bareword Get-Date)))) (Bareword AddDays)) (UnaryExpr - (NumberLit 1))) (Bareword ToString)) (StringLit \"yyyy\")))))"},
	{"index",
		"$a[0]; $h['key']; $m[1..3]",
		"(ScriptBlock (Pipeline (CommandExpr (IndexExpr (Variable $a) (NumberLit 0)))) (Pipeline (CommandExpr (IndexExpr (Variable $h) (StringLit \"key\")))) (Pipeline (CommandExpr (IndexExpr (Variable $m) (BinaryExpr .. (NumberLit 1) (NumberLit 3))))))"},
	{"range",
		"1..10",
		"(ScriptBlock (Pipeline (CommandExpr (BinaryExpr .. (NumberLit 1) (NumberLit 10)))))"},
	{"array-expr",
		"@(1; 2)",
		"(ScriptBlock (Pipeline (CommandExpr (ArrayExpr (Pipeline (CommandExpr (NumberLit 1))) (Pipeline (CommandExpr (NumberLit 2)))))))"},
	{"sub-expr",
		"$(Get-Date)",
		"(ScriptBlock (Pipeline (CommandExpr (SubExpr (Pipeline (Command (Bareword Get-Date)))))))"},
	{"hashtable",
		"@{ To = 'a@x.com'; 'From' = \"b\"; Port = 25 }",
		"(ScriptBlock (Pipeline (CommandExpr (HashLit (HashEntry (Bareword To) (Pipeline (CommandExpr (StringLit \"a@x.com\")))) (HashEntry (StringLit \"From\") (Pipeline (CommandExpr (StringLit \"b\")))) (HashEntry (Bareword Port) (Pipeline (CommandExpr (NumberLit 25))))))))"},
	{"ordered",
		"[ordered]@{ a = 1 }",
		"(ScriptBlock (Pipeline (CommandExpr (ConvertExpr (TypeName ordered) (HashLit (HashEntry (Bareword a) (Pipeline (CommandExpr (NumberLit 1)))))))))"},
	{"array-comma",
		"$list = 'a', 'b', 'c'",
		"(ScriptBlock (AssignStmt = (Variable $list) (Pipeline (CommandExpr (ArrayLit (StringLit \"a\") (StringLit \"b\") (StringLit \"c\"))))))"},
	{"unary",
		"-not $a; !$b; -$c; $d++; --$e; -bnot 5",
		"(ScriptBlock (Pipeline (CommandExpr (UnaryExpr -not (Variable $a)))) (Pipeline (CommandExpr (UnaryExpr ! (Variable $b)))) (Pipeline (CommandExpr (UnaryExpr - (Variable $c)))) (Pipeline (CommandExpr (UnaryExpr ++ postfix (Variable $d)))) (Pipeline (CommandExpr (UnaryExpr -- (Variable $e)))) (Pipeline (CommandExpr (UnaryExpr -bnot (NumberLit 5)))))"},
	{"format",
		"'{0}:{1}' -f $a, $b",
		"(ScriptBlock (Pipeline (CommandExpr (BinaryExpr -f (StringLit \"{0}:{1}\") (ArrayLit (Variable $a) (Variable $b))))))"},
	{"operators-case",
		"$a -ceq 'X' -or $b -ilike 'y*' -and $c -notmatch 'z' -or $d -replace 'a', 'b'",
		"(ScriptBlock (Pipeline (CommandExpr (BinaryExpr -or (BinaryExpr -and (BinaryExpr -or (BinaryExpr -ceq (Variable $a) (StringLit \"X\")) (BinaryExpr -ilike (Variable $b) (StringLit \"y*\"))) (BinaryExpr -notmatch (Variable $c) (StringLit \"z\"))) (BinaryExpr -replace (Variable $d) (ArrayLit (StringLit \"a\") (StringLit \"b\")))))))"},
	{"split-join",
		"-split $s; $a -join ','",
		"(ScriptBlock (Pipeline (CommandExpr (UnaryExpr -split (Variable $s)))) (Pipeline (CommandExpr (BinaryExpr -join (Variable $a) (StringLit \",\")))))"},
	{"strings",
		"'it''s'; \"say \"\"hi\"\" `t $env:USERNAME\"",
		"(ScriptBlock (Pipeline (CommandExpr (StringLit \"it's\"))) (Pipeline (CommandExpr (StringLit \"say \\\"hi\\\" \\t $env:USERNAME\" (Variable $env:USERNAME)))))"},
	{"here-strings",
		"@'\nliteral $x\n'@; @\"\nexpand $(Get-Date) ${name}\n\"@",
		"(ScriptBlock (Pipeline (CommandExpr (StringLit \"literal $x\"))) (Pipeline (CommandExpr (StringLit \"expand $(Get-Date) ${name}\" (SubExpr (Pipeline (Command (Bareword Get-Date)))) (Variable $name)))))"},
	{"comments",
		"# line\n<# block\ncomment #> Get-Date # trailing",
		"(ScriptBlock (Pipeline (Command (Bareword Get-Date))))"},
	{"backtick-continuation",
		"Send-MailMessage -To a@x.com `\n  -From b@x.com `\n  -Subject s",
		"(ScriptBlock (Pipeline (Command (Bareword Send-MailMessage) (Parameter -To) (Argument (Bareword a@x.com)) (Parameter -From) (Argument (Bareword b@x.com)) (Parameter -Subject) (Argument (Bareword s)))))"},
	{"numbers",
		"1kb + 2MB + 0x1F + 1.5e3 + 10L + 3d + .5",
		"(ScriptBlock (Pipeline (CommandExpr (BinaryExpr + (BinaryExpr + (BinaryExpr + (BinaryExpr + (BinaryExpr + (BinaryExpr + (NumberLit 1kb) (NumberLit 2MB)) (NumberLit 0x1F)) (NumberLit 1.5e3)) (NumberLit 10L)) (NumberLit 3d)) (NumberLit .5)))))"},
	{"variables",
		"$x; ${any name}; $script:y; $env:PATH; $global:z; $_; $$; $?; $using:v",
		"(ScriptBlock (Pipeline (CommandExpr (Variable $x))) (Pipeline (CommandExpr (Variable $any name))) (Pipeline (CommandExpr (Variable $script:y))) (Pipeline (CommandExpr (Variable $env:PATH))) (Pipeline (CommandExpr (Variable $global:z))) (Pipeline (CommandExpr (Variable $_))) (Pipeline (CommandExpr (Variable $$))) (Pipeline (CommandExpr (Variable $?))) (Pipeline (CommandExpr (Variable $using:v))))"},
	{"splat",
		"Send-MailMessage @params @more",
		"(ScriptBlock (Pipeline (Command (Bareword Send-MailMessage) (Argument (Variable @params)) (Argument (Variable @more)))))"},
	{"type-generic",
		"[System.Collections.Generic.Dictionary[string, int]]::new()",
		"(ScriptBlock (Pipeline (CommandExpr (InvokeExpr (MemberExpr static (TypeLit (TypeName System.Collections.Generic.Dictionary[string,int])) (Bareword new))))))"},
	{"type-array",
		"[string[]]$names = @()",
		"(ScriptBlock (AssignStmt = (ConvertExpr (TypeName string[]) (Variable $names)) (Pipeline (CommandExpr (ArrayExpr)))))"},
	{"redirection",
		"Get-Thing > out.txt 2>&1; Get-Other *>> all.log; Get-X 2>$null",
		"(ScriptBlock (Pipeline (Command (Bareword Get-Thing) (Redirection > (Bareword out.txt)) (Redirection 2>&1))) (Pipeline (Command (Bareword Get-Other) (Redirection *>> (Bareword all.log)))) (Pipeline (Command (Bareword Get-X) (Redirection 2> (Variable $null)))))"},
	{"stop-parsing",
		"icacls.exe C:\\x --% /grant Everyone:(F)",
		"(ScriptBlock (Pipeline (Command (Bareword icacls.exe) (Argument (Bareword C:\\x)) (Argument (Bareword --% /grant Everyone:(F))))))"},
	{"en-dash",
		"Get-Item –Path C:\\x",
		"(ScriptBlock (Pipeline (Command (Bareword Get-Item) (Parameter -Path) (Argument (Bareword C:\\x)))))"},
	{"curly-quotes",
		"Write-Host ‘single’ “double”",
		"(ScriptBlock (Pipeline (Command (Bareword Write-Host) (Argument (StringLit \"single\")) (Argument (StringLit \"double\")))))"},
	{"bareword-args",
		"Select-Object Name, Id; Get-ChildItem C:\\logs\\*.log user@contoso.com 10.0.0.1",
		"(ScriptBlock (Pipeline (Command (Bareword Select-Object) (Argument (ArrayLit (Bareword Name) (Bareword Id))))) (Pipeline (Command (Bareword Get-ChildItem) (Argument (Bareword C:\\logs\\*.log)) (Argument (Bareword user@contoso.com)) (Argument (Bareword 10.0.0.1)))))"},
	{"new-object",
		"$c = New-Object System.Net.Mail.SmtpClient($server, 587)",
		"(ScriptBlock (AssignStmt = (Variable $c) (Pipeline (Command (Bareword New-Object) (Argument (Bareword System.Net.Mail.SmtpClient)) (Argument (ParenExpr (Pipeline (CommandExpr (ArrayLit (Variable $server) (NumberLit 587))))))))))"},
	{"where-method",
		"$list.Where({ $_ -gt 1 }).ForEach{ $_ }",
		"(ScriptBlock (Pipeline (CommandExpr (InvokeExpr (MemberExpr (InvokeExpr (MemberExpr (Variable $list) (Bareword Where)) (ScriptBlockExpr (ScriptBlock (Pipeline (CommandExpr (BinaryExpr -gt (Variable $_) (NumberLit 1))))))) (Bareword ForEach)) (ScriptBlockExpr (ScriptBlock (Pipeline (CommandExpr (Variable $_)))))))))"},
	{"pipeline-continuation",
		"Get-A\n| Get-B",
		"(ScriptBlock (Pipeline (Command (Bareword Get-A)) (Command (Bareword Get-B))))"},
	{"background",
		"Start-Sleep 1 &",
		"(ScriptBlock (Pipeline & (Command (Bareword Start-Sleep) (Argument (NumberLit 1)))))"},
	{"expandable-arg",
		"Copy-Item $dir\\file.txt \"$dest\"\\x",
		"(ScriptBlock (Pipeline (Command (Bareword Copy-Item) (Argument (StringLit \"$dir\\\\file.txt\" (Variable $dir))) (Argument (StringLit \"$dest\\\\x\" (Variable $dest))))))"},
	{"ternary-nested",
		"$v = $a ? ($b ? 1 : 2) : 3",
		"(ScriptBlock (AssignStmt = (Variable $v) (Pipeline (CommandExpr (TernaryExpr (Variable $a) (ParenExpr (Pipeline (CommandExpr (TernaryExpr (Variable $b) (NumberLit 1) (NumberLit 2))))) (NumberLit 3))))))"},
	{"colon-param-array",
		"Get-X -Names:a,b",
		"(ScriptBlock (Pipeline (Command (Bareword Get-X) (Parameter -Names: (ArrayLit (Bareword a) (Bareword b))))))"},
	{"keyword-as-arg",
		"Write-Host if else function",
		"(ScriptBlock (Pipeline (Command (Bareword Write-Host) (Argument (Bareword if)) (Argument (Bareword else)) (Argument (Bareword function)))))"},
	{"null-conditional-member",
		"$a.b?.c",
		"(ScriptBlock (Pipeline (CommandExpr (MemberExpr nullcond (MemberExpr (Variable $a) (Bareword b)) (Bareword c)))))"},
	{"generic-method",
		"$o.Get[int]()",
		"(ScriptBlock (Pipeline (CommandExpr (InvokeExpr (MemberExpr (Variable $o) (Bareword Get))))))"},
	{"assembly-qualified",
		"[System.Collections.Generic.List[string], System.Private.CoreLib]",
		"(ScriptBlock (Pipeline (CommandExpr (TypeLit (TypeName System.Collections.Generic.List[string])))))"},
	// A number ends at `#`, which then starts a comment (PowerShell's
	// CharTraits.ForceStartNewTokenAfterNumber), in either mode.
	{"number-then-comment",
		"$i = $n + 1#next\n$j = 0x1F#hex\nWrite-Host 2#c",
		"(ScriptBlock (AssignStmt = (Variable $i) (Pipeline (CommandExpr (BinaryExpr + (Variable $n) (NumberLit 1))))) (AssignStmt = (Variable $j) (Pipeline (CommandExpr (NumberLit 0x1F)))) (Pipeline (Command (Bareword Write-Host) (Argument (NumberLit 2)))))"},
	// A DSC resource body is a hashtable: any bareword, keywords included, is a key.
	{"dsc-keyword-property",
		"Configuration C { File F { Filter = \"*.log\"; Ensure = \"Present\" } }",
		"(ScriptBlock (ConfigurationDef (Bareword C) (ScriptBlock (Pipeline (Command (Bareword File) (Argument (Bareword F)) (Argument (ScriptBlockExpr (ScriptBlock (Pipeline (Command (Bareword Filter) (Argument (Bareword =)) (Argument (StringLit \"*.log\")))) (Pipeline (Command (Bareword Ensure) (Argument (Bareword =)) (Argument (StringLit \"Present\"))))))))))))"},
	// A function's name may be on the line after the keyword.
	{"function-name-next-line",
		"Function\n  Apply-X { 1 }",
		"(ScriptBlock (FunctionDef function Apply-X (ScriptBlock (Pipeline (CommandExpr (NumberLit 1))))))"},
	// PowerShell 7's background operator ends the statement.
	{"background-then-statement",
		"Start-Job a & Get-Job; b &",
		"(ScriptBlock (Pipeline & (Command (Bareword Start-Job) (Argument (Bareword a)))) (Pipeline (Command (Bareword Get-Job))) (Pipeline & (Command (Bareword b))))"},
	// The parts of a for header may be separated by line breaks instead of `;`.
	{"for-header-on-lines",
		"for ($i = 0\n$i -lt 3\n$i++) { $i }",
		"(ScriptBlock (ForStmt (AssignStmt = (Variable $i) (Pipeline (CommandExpr (NumberLit 0)))) (Pipeline (CommandExpr (BinaryExpr -lt (Variable $i) (NumberLit 3)))) (Pipeline (CommandExpr (UnaryExpr ++ postfix (Variable $i)))) (StmtBlock (Pipeline (CommandExpr (Variable $i))))))"},
	// A subexpression longer than the sub-parser's first window (256 bytes)
	// with doubled quotes, then more parts: the window grows until its `)`.
	{"long-doubled-quote-subexpression",
		"\"a $(\"\"" + strings.Repeat("x", 300) + "\"\") b $(1)$(2)\"",
		"(ScriptBlock (Pipeline (CommandExpr (StringLit \"a $(\\\"\\\"" + strings.Repeat("x", 300) + "\\\"\\\") b $(1)$(2)\" (SubExpr (Pipeline (CommandExpr (StringLit \"" + strings.Repeat("x", 300) + "\")))) (SubExpr (Pipeline (CommandExpr (NumberLit 1)))) (SubExpr (Pipeline (CommandExpr (NumberLit 2))))))))"},
}

func TestConstructs(t *testing.T) {
	for _, c := range constructCases {
		t.Run(c.name, func(t *testing.T) {
			f := mustParse(t, c.src)
			for _, e := range f.Errors {
				t.Errorf("unexpected error: %s", f.ErrorString(e))
			}
			if got := Dump(f.Script); got != c.want {
				t.Errorf("tree mismatch\n got: %s\nwant: %s", got, c.want)
			}
			checkSpans(t, f)
		})
	}
}

func mustParse(t testing.TB, src string) *File {
	t.Helper()
	f, err := ParseString("t.ps1", src)
	if err != nil {
		t.Fatalf("internal error: %v", err)
	}
	return f
}

// checkSpans is the sanity walker: on every node, 0 <= Pos <= End <= len,
// a child lies inside its parent, and the source at Pos starts a token (no
// node starts in white space or in the middle of a token).
func checkSpans(t testing.TB, f *File) {
	t.Helper()
	src := f.Source.Text
	// A node may start at a token of the file's own token stream (where the
	// scanner knows the token before it: -A` glues an escaped blank into a
	// bareword) or, inside strings, at a token a fresh scanner finds there.
	starts := map[int]bool{}
	for sc := newScanner(src, 0, len(src)); ; {
		k, start, _ := sc.next()
		if k == tEOF {
			break
		}
		starts[start] = true
	}
	var visit func(n, parent Node)
	visit = func(n, parent Node) {
		pos, end := n.Pos(), n.End()
		if pos < 0 || pos > end || end > len(src) {
			t.Errorf("%T: bad span [%d,%d) of %d bytes", n, pos, end, len(src))
			return
		}
		if parent != nil && (pos < parent.Pos() || end > parent.End()) {
			t.Errorf("%T [%d,%d) lies outside its parent %T [%d,%d)", n, pos, end, parent, parent.Pos(), parent.End())
		}
		if parent != nil && pos < end && !starts[pos] {
			sc := newScanner(src, pos, len(src))
			if _, start, _ := sc.next(); start != pos {
				t.Errorf("%T at %d does not start a token: %q", n, pos, src[pos:min(end, pos+20)])
			}
		}
		for _, c := range Children(n) {
			visit(c, n)
		}
	}
	visit(f.Script, nil)
	// The count the semantic model sizes its tables with is exact.
	if n := countNodes(f.Script); f.NodeCount() != n {
		t.Errorf("NodeCount() = %d, a walk finds %d nodes", f.NodeCount(), n)
	}
}

func TestRequires(t *testing.T) {
	f := mustParse(t, "#Requires -Version 5.1 -PSEdition Desktop\n#requires -Modules ExchangeOnlineManagement\n'x'")
	if len(f.Requires) != 2 {
		t.Fatalf("got %d #Requires, want 2", len(f.Requires))
	}
	if got := f.Requires[0].Params["version"]; got != "5.1" {
		t.Errorf("version = %q", got)
	}
	if got := f.Requires[0].Params["psedition"]; got != "Desktop" {
		t.Errorf("psedition = %q", got)
	}
	if got := f.Requires[1].Params["modules"]; got != "ExchangeOnlineManagement" {
		t.Errorf("modules = %q", got)
	}
}

func TestComments(t *testing.T) {
	f := mustParse(t, "# one\nGet-Date # two\n<# three\n#> 'x'\nWrite-Host a#b")
	var texts []string
	for _, c := range f.Comments {
		texts = append(texts, f.Source.Text[c.Pos():c.End()])
	}
	want := []string{"# one", "# two", "<# three\n#>"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("comments = %q, want %q", texts, want)
	}
}

// errorCases: the exact message and line:column of the first error, and
// that the statement after the broken one still parses (recovery).
var errorCases = []struct {
	name, src, want string
}{
	{"unclosed-brace", "if ($a) {\n  'x'\n", "t.ps1:1:9: reached end of file without matching `{` with `}`"},
	{"unclosed-paren", "$x = (1 + 2\nGet-Date", "t.ps1:2:1: unexpected `Get-Date`, expected `)` to close `(` at 1:6"},
	{"unclosed-string", "Write-Host 'abc\n", "t.ps1:1:12: string starting with `'` is missing its closing `'`"},
	{"unclosed-dq-string", "$a = \"abc", "t.ps1:1:6: string starting with `\"` is missing its closing `\"`"},
	{"unclosed-here", "$h = @'\nabc\n", "t.ps1:1:6: here-string starting with `@'` is missing its terminator at the start of a line"},
	{"unclosed-here-curly", "$h = @\u201c\nabc\n", "t.ps1:1:6: here-string starting with `@\u201c` is missing its terminator at the start of a line"},
	{"text-after-here-header-eof", "$h = @' x\nabc\n", "t.ps1:1:6: no characters are allowed after the here-string header `@'` on the same line"},
	{"text-after-here-header", "$h = @' x\nabc\n'@\nGet-Date", "t.ps1:1:6: no characters are allowed after the here-string header `@'` on the same line"},
	{"unclosed-block-comment", "<# never closed\n'x'", "t.ps1:1:1: block comment starting with `<#` is missing its closing `#>`"},
	{"missing-hash-eq", "$h = @{ a 1 }\nGet-Date", "t.ps1:1:10: unexpected `1`, expected `=` after the hashtable key"},
	{"reserved-lt", "Connect-Server -Name <server>\nGet-Date", "t.ps1:1:22: the `<` operator is reserved for future use (quote the text if `<` is meant literally)"},
	{"redirect-no-target", "Get-Date >\nGet-Date", "t.ps1:1:11: unexpected end of line, expected a file name after the redirection `>`"},
	{"try-alone", "try { 1 }\nGet-Date", "t.ps1:1:10: `try` block is missing its `catch` or `finally` block"},
	{"foreach-no-in", "foreach ($a $b) { }\nGet-Date", "t.ps1:1:12: unexpected `$b`, expected `in` in `foreach`"},
	{"bad-using", "using foo Bar\nGet-Date", "t.ps1:1:1: `using` must be followed by namespace, module, assembly or type"},
	{"stray-closer", "Get-Date }\nGet-Date", "t.ps1:1:10: unexpected `}`: no construct is open here"},
	{"missing-expression", "$a = 1 +\n", "t.ps1:1:9: reached end of file, expected an expression"},
	{"data-bad-parameter", "data -A` {}\nGet-Date", "t.ps1:1:6: the data section accepts only -SupportedCommand, not `-A`"},
	{"param-not-variable", "function f([int]x) { }\nGet-Date", "t.ps1:1:17: unexpected `x`, expected a parameter variable such as `$Name`"},
}

func TestErrors(t *testing.T) {
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			f := mustParse(t, c.src)
			if len(f.Errors) == 0 {
				t.Fatalf("no error, want %s", c.want)
			}
			if got := f.ErrorString(f.Errors[0]); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			checkSpans(t, f)
			if strings.Contains(c.src, "\nGet-Date") {
				// Recovery: the last statement is still a Get-Date command.
				body := f.Script.Body
				if len(body) == 0 {
					t.Fatal("nothing parsed after the error")
				}
				last := body[len(body)-1]
				if pl, ok := last.(*Pipeline); !ok || len(pl.Elements) == 0 {
					t.Errorf("last statement is %T, want the Get-Date pipeline", last)
				} else if cmd, ok := pl.Elements[0].(*Command); !ok || cmd.NameText() != "Get-Date" {
					t.Errorf("last statement is %s, want Get-Date", Dump(last))
				}
			}
		})
	}
}

func TestDepthLimit(t *testing.T) {
	src := strings.Repeat("(", 10000) + "1" + strings.Repeat(")", 10000)
	f := mustParse(t, src)
	if len(f.Errors) == 0 || !strings.Contains(f.Errors[0].Msg, "nesting is deeper than") {
		t.Fatalf("want a nesting error, got %v", f.Errors)
	}
	blocks := strings.Repeat("if ($a) {", 5000) + strings.Repeat("}", 5000)
	f = mustParse(t, blocks)
	if len(f.Errors) == 0 {
		t.Fatal("want a nesting error for 5000 nested blocks")
	}
}

func TestDecode(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE, 'G', 0, 'e', 0, 't', 0, '-', 0, 'D', 0, 'a', 0, 't', 0, 'e', 0}
	noBOM := []byte{}
	for _, c := range "Get-Date -Format yyyy\n" {
		noBOM = append(noBOM, byte(c), 0)
	}
	noBOMBE := []byte{}
	for _, c := range "Get-Date -Format yyyy\n" {
		noBOMBE = append(noBOMBE, 0, byte(c))
	}
	cases := []struct {
		name string
		raw  []byte
		want string
		enc  Encoding
		err  error
	}{
		{"utf8", []byte("Get-Date"), "Get-Date", UTF8, nil},
		{"utf8-bom", []byte("\xEF\xBB\xBFGet-Date"), "Get-Date", UTF8BOM, nil},
		{"utf16le-bom", utf16le, "Get-Date", UTF16LEBOM, nil},
		{"utf16be-bom", []byte{0xFE, 0xFF, 0, 'x'}, "x", UTF16BEBOM, nil},
		{"utf16le-nobom", noBOM, "Get-Date -Format yyyy\n", UTF16LE, nil},
		{"utf16be-nobom", noBOMBE, "Get-Date -Format yyyy\n", UTF16BE, nil},
		{"cp1252", []byte("Write-Host 'caf\xe9 \x93quoted\x94 text'"), "Write-Host 'café “quoted” text'", CP1252, nil},
		{"binary", append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00"), make([]byte, 200)...), "", "", ErrNotText},
		{"garbage-then-signature", append([]byte("\x93\x11P\xa8\xf4p\xfd\x9c\x936kM\n"), []byte("# SIG # Begin signature block\n# "+strings.Repeat("MIINGAYJKoZIhvcNAQcCoIIM", 60)+"\n# SIG # End signature block\n")...), "", "", ErrNotText},
		{"script-with-signature", []byte("Write-Host 'caf\xe9'\r\n# SIG # Begin signature block\r\n# MIIN\r\n"), "Write-Host 'café'\r\n# SIG # Begin signature block\r\n# MIIN\r\n", CP1252, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := Decode("x.ps1", c.raw)
			if err != c.err {
				t.Fatalf("err = %v, want %v", err, c.err)
			}
			if err != nil {
				return
			}
			if s.Text != c.want || s.Encoding != c.enc {
				t.Errorf("got %q (%s), want %q (%s)", s.Text, s.Encoding, c.want, c.enc)
			}
		})
	}
}

func TestPosition(t *testing.T) {
	s := NewSource("x.ps1", "ab\r\ncé\rx\nyz")
	for _, c := range []struct {
		off       int
		line, col int
	}{{0, 1, 1}, {1, 1, 2}, {4, 2, 1}, {7, 2, 3}, {8, 3, 1}, {10, 4, 1}, {11, 4, 2}} {
		if p := s.Position(c.off); p.Line != c.line || p.Column != c.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", c.off, p.Line, p.Column, c.line, c.col)
		}
	}
	if got := s.LineText(2); got != "cé" {
		t.Errorf("LineText(2) = %q", got)
	}
}

// TestTestdataParses parses every script under testdata (rule fixtures,
// benchmark inputs): all are written by us and must be free of syntax errors.
func TestTestdataParses(t *testing.T) {
	root := filepath.Join("..", "testdata")
	n := 0
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".ps1") && !strings.EqualFold(filepath.Ext(path), ".psm1") {
			return nil
		}
		if strings.Contains(filepath.ToSlash(path), "/parser/err/") || strings.Contains(filepath.ToSlash(path), "/cli/") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
			return nil
		}
		src, err := Decode(path, raw)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		f, err := Parse(src)
		if err != nil {
			t.Errorf("%v", err)
			return nil
		}
		for _, e := range f.Errors {
			t.Errorf("%s", f.ErrorString(e))
		}
		checkSpans(t, f)
		n++
		return nil
	})
	if n == 0 {
		t.Fatal("no scripts found under testdata")
	}
}

func FuzzParse(f *testing.F) {
	for _, c := range constructCases {
		f.Add(c.src)
	}
	for _, c := range errorCases {
		f.Add(c.src)
	}
	for _, c := range recoveryCases {
		f.Add(c.src)
	}
	for _, c := range errorPosCases {
		f.Add(c.src)
	}
	// Nested script blocks that start like attributes once took exponential time.
	f.Add(strings.Repeat("{[a({", 30) + strings.Repeat("})]}", 30))
	f.Add(pipelineListsCase)
	f.Add(listsCase)
	f.Fuzz(func(t *testing.T, src string) {
		file, err := ParseString("fuzz.ps1", src)
		if err != nil {
			t.Fatalf("internal error: %v", err)
		}
		checkSpans(t, file)
		for _, e := range file.Errors {
			if e.Pos < 0 || e.Pos > len(src) {
				t.Fatalf("error position %d out of range", e.Pos)
			}
			if e.ID == "" {
				t.Fatalf("error without a PowerShell error ID: %s", e.Msg)
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Get-Date"))
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0xD8, 0x00})
	f.Add([]byte("caf\xe9"))
	// UTF-16 with a surrogate pair, a lone high and a lone low surrogate,
	// and an odd last byte (the one-pass decoder, decodeUTF16).
	f.Add([]byte{0xFF, 0xFE, '$', 0, 0x3D, 0xD8, 0x00, 0xDE, 0x3D, 0xD8, 'x', 0, 0x00, 0xDE, 'y'})
	// Line ends of every kind, for the line table's two paths (lineStarts).
	for _, c := range lineStartsCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := Decode("fuzz.ps1", raw)
		if err != nil {
			return
		}
		if !utf8.ValidString(s.Text) {
			t.Fatalf("decoded text is not valid UTF-8: %q", s.Text)
		}
		if _, err := Parse(s); err != nil {
			t.Fatalf("internal error: %v", err)
		}
		s.Position(len(s.Text))
		if got, want := lineStarts(s.Text), lineStartsScan(s.Text); !slices.Equal(got, want) {
			t.Fatalf("lineStarts(%q) = %v, want %v", s.Text, got, want)
		}
	})
}

// recoveryCases: inputs with syntax errors and the tree the parser keeps.
// A block left unclosed at the end of the file keeps its statements, and an
// error inside a block loses only its own statement. Each also seeds FuzzParse.
var recoveryCases = []struct {
	name, src, want string
	errors          int
}{
	{"unclosed-function-at-eof",
		"$a = (1 +\nfunction f {\n  Send-MailMessage -To a\n  if ($x) {\n    Get-Date",
		"(ScriptBlock (BadStmt) (FunctionDef function f (ScriptBlock (Pipeline (Command (Bareword Send-MailMessage) (Parameter -To) (Argument (Bareword a)))) (IfStmt (IfClause (Pipeline (CommandExpr (Variable $x))) (StmtBlock (Pipeline (Command (Bareword Get-Date)))))))))",
		3},
	{"unclosed-paren-inside-function",
		"function f {\n  $a = (1 +\n  Send-MailMessage -To a\n  $h = @{ a = }\n  Send-MailMessage -To b\n}\nGet-Date",
		"(ScriptBlock (FunctionDef function f (ScriptBlock (BadStmt) (Pipeline (Command (Bareword Send-MailMessage) (Parameter -To) (Argument (Bareword a)))) (BadStmt) (Pipeline (Command (Bareword Send-MailMessage) (Parameter -To) (Argument (Bareword b)))))) (Pipeline (Command (Bareword Get-Date))))",
		2},
	{"unclosed-hashtable-and-subexpression-at-eof",
		"$h = @{\n  a = 1\n  b = $(\n    Get-Date",
		"(ScriptBlock (AssignStmt = (Variable $h) (Pipeline (CommandExpr (HashLit (HashEntry (Bareword a) (Pipeline (CommandExpr (NumberLit 1)))) (HashEntry (Bareword b) (Pipeline (CommandExpr (SubExpr (Pipeline (Command (Bareword Get-Date))))))))))))",
		2},
	{"unclosed-switch-at-eof-keeps-clauses",
		"switch ($a) {\n  1 { Send-MailMessage -To a }\n",
		"(ScriptBlock (SwitchStmt (Pipeline (CommandExpr (Variable $a))) (SwitchClause (NumberLit 1) (StmtBlock (Pipeline (Command (Bareword Send-MailMessage) (Parameter -To) (Argument (Bareword a))))))))",
		1},
}

func TestRecovery(t *testing.T) {
	for _, c := range recoveryCases {
		t.Run(c.name, func(t *testing.T) {
			f, err := ParseString("t.ps1", c.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := Dump(f.Script); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			if len(f.Errors) != c.errors {
				for _, e := range f.Errors {
					t.Log(f.ErrorString(e))
				}
				t.Errorf("%d errors, want %d", len(f.Errors), c.errors)
			}
			checkSpans(t, f)
		})
	}
}

// errorIDCases: each syntax error carries PowerShell's own error ID (its
// ParserStrings resource name) beside our message.
var errorIDCases = []struct{ src, id string }{
	{"if ($a) {\n  'x'\n", "MissingEndCurlyBrace"},
	{"$x = $(1", "MissingEndParenthesisInSubexpression"},
	{"$x = (1 + 2\nGet-Date", "MissingEndParenthesisInExpression"},
	{"Write-Host 'abc\n", "TerminatorExpectedAtEndOfString"},
	{"<# never closed", "MissingTerminatorMultiLineComment"},
	{"$h = @' x\nabc\n'@", "UnexpectedCharactersAfterHereStringHeader"},
	{"$h = @{ a 1 }", "MissingEqualsInHashLiteral"},
	{"$h = @{ a = }", "MissingStatementInHashLiteral"},
	{"Get-Date >", "MissingFileSpecification"},
	{"try { 1 }", "MissingCatchOrFinally"},
	{"foreach ($a $b) { }", "MissingInInForeach"},
	{"foreach (1 in $b) { }", "MissingVariableNameAfterForeach"},
	{"if 1 { }", "MissingOpenParenthesisInIfStatement"},
	{"if ($a) 1", "MissingStatementBlock"},
	{"foreach -parallel 1", "MissingOpenParenthesisAfterKeyword"},
	{"if ($a) { } else 1", "MissingStatementBlockAfterElse"},
	{"while ($a) 1", "MissingLoopStatement"},
	{"do { } 1", "MissingWhileOrUntilInDoWhile"},
	{"try { } catch 1", "MissingCatchHandlerBlock"},
	{"try { } finally 1", "MissingFinallyStatementBlock"},
	{"switch ($a) 1", "MissingCurlyBraceInSwitchStatement"},
	{"function f 1", "MissingFunctionBody"},
	{"class C 1", "MissingTypeBody"},
	{"using foo Bar", "MissingUsingStatementDirective"},
	{"Connect-Server -Name <server>", "RedirectionNotSupported"},
	{"$a = 1 +\n", "ExpectedValueExpression"},
	{"$a = 1 + Get-Date", "ExpectedValueExpression"},
	{"Get-Date }", "UnexpectedToken"},
	{"$a ? 1", "MissingColonInTernaryExpression"},
	{"data -A` {}", "InvalidParameterForDataSectionStatement"},
	// Statement keywords with nothing after them (PowerShell rejects them alone).
	{"for", "MissingOpenParenthesisAfterKeyword"},
	{":lab foreach", "MissingOpenParenthesisAfterKeyword"},
	{"while\n", "MissingOpenParenthesisAfterKeyword"},
	{"do", "MissingLoopStatement"},
	{"try", "MissingTryStatementBlock"},
	{"function", "MissingNameAfterKeyword"},
	{"class", "MissingNameAfterKeyword"},
	{"enum;", "MissingNameAfterKeyword"},
	{"if ($a) { for }", "MissingOpenParenthesisAfterKeyword"},
	// Checks PowerShell makes right after parsing.
	{"function f { param($a,[int]$a) }", "DuplicateFormalParameter"},
	{"function f($a,[int]$A){}", "DuplicateFormalParameter"},
	{"$a,$b += 1,2", "InvalidLeftHandSide"},
	{"1 ??= 1", "InvalidLeftHandSide"},
	{"${x}?.name = 1", "InvalidLeftHandSide"},
	{"try {} finally { return }", "ControlLeavingFinally"},
	{"try {} finally { if ($a) { break } }", "ControlLeavingFinally"},
	{"switch (1) {default {} default {}}", "MultipleSwitchDefaultClauses"},
	{"1; using namespace System", "UsingMustBeAtStartOfScript"},
	{"class foo { [int][string]$x; }", "TooManyTypes"},
	{"class foo { static static $x; }", "DuplicateQualifier"},
	{"class A { A($a){} }; class B : A { foo() : base(1) {} }", "MissingFunctionBody"},
	{"class B { static B() : base() {} }", "MissingFunctionBody"},
	{"${x}?.", "MissingPropertyName"},
	{"${x}Get-Date", "UnexpectedToken"},
	{"1|1", "ExpressionsMustBeFirstInPipeline"},
	{"Get-X | 'text'", "ExpressionsMustBeFirstInPipeline"},
	{"gcm -a:", "ParameterRequiresArgument"},
	{"[a()][b]", "UnexpectedAttribute"},
	{"[ValidateNotNull()]2", "UnexpectedAttribute"},
	{"@a", "SplattingNotPermitted"},
	{"$x = @a", "SplattingNotPermitted"},
	{"foreach (@a in $b) {}", "SplattingNotPermitted"},
	{"function foo (@a) {}", "SplattingNotPermitted"},
	// Named blocks without their { } block.
	{"begin", "MissingNamedStatementBlock"},
	{"process begin {}", "MissingNamedStatementBlock"},
	{"function f { end }", "MissingNamedStatementBlock"},
}

// errorPosCases: PowerShell's error ID and its position (a byte offset,
// as PowerShell's Extent.StartOffset for ASCII). A missing piece is
// reported right after the last token before it (PowerShell's
// After(token)), a script or statement block left open at its `{`, a
// class or enum body right after its `{`.
var errorPosCases = []struct {
	src, id string
	pos     int
}{
	{"for(", "MissingEndParenthesisAfterStatement", 4},
	{"for($a;$b;$c", "MissingEndParenthesisAfterStatement", 12},
	{"foreach ($a into", "MissingInInForeach", 11},
	{"foreach ($a in", "MissingForeachExpression", 14},
	{"foreach ($a in $x", "MissingEndParenthesisAfterForeach", 17},
	{"do {} while (", "MissingExpressionAfterKeyword", 13},
	{"do {} until (1", "MissingEndParenthesisAfterStatement", 14},
	{"while () {}", "MissingExpressionAfterKeyword", 7},
	{"if () {}", "IfStatementMissingCondition", 4},
	{"try {}", "MissingCatchOrFinally", 6},
	{"try {} catch [int],", "MissingTypeLiteralToken", 19},
	{"function foo(", "MissingEndParenthesisInFunctionParameterList", 13},
	{"function foo {param(}", "MissingEndParenthesisInFunctionParameterList", 20},
	{"function foo {", "MissingEndCurlyBrace", 13},
	{"function foo { function bar { if (1) {} }", "MissingEndCurlyBrace", 13},
	{"class foo {", "MissingEndCurlyBrace", 11},
	{"enum foo { x = }", "ExpectedValueExpression", 14},
	{"class foo { [int] }", "IncompleteMemberDefinition", 17},
	{"class A : {}", "TypeNameExpected", 9},
	{"class B : A { B() : base {} }", "MissingMethodParameterList", 24},
	{"$x.Foo(1", "MissingEndParenthesisInMethodCall", 8},
	{"$x.Foo(1,)", "MissingExpressionAfterToken", 9},
	{"switch", "PipelineValueRequired", 6},
	{"switch ()", "PipelineValueRequired", 8},
	{"switch -abc", "InvalidSwitchFlag", 7},
	{"switch -file", "MissingFilenameOption", 12},
	{"switch -file a (1)", "PipelineValueRequired", 15},
	{`switch ("abc")  {`, "MissingSwitchConditionExpression", 17},
	{`switch ("abc")  { 1 }`, "MissingSwitchStatementClause", 19},
	{"data -s & {}", "MissingValueForSupportedCommandInDataSectionStatement", 7},
	{"data -sup a,", "MissingValueForSupportedCommandInDataSectionStatement", 12},
	{"gps| |foreach name", "EmptyPipeElement", 4},
	{"gcm ,", "MissingArgument", 4},
	{"Select-Object -Property ,@{n='a';e={1}}", "MissingArgument", 24},
	{"gcm -a: 1,", "MissingExpression", 10},
	{"Get-Date ?.ToString()", "ExpectedExpression", 20},
	{"$a = ( )", "ExpectedExpression", 6},
	{"${x}?.", "MissingPropertyName", 6},
	{"${x}?[]", "MissingArrayIndexExpression", 6},
	{"${x}?[-]", "MissingExpressionAfterOperator", 7},
	{"[datetime]?[0]", "MissingTypename", 12},
	{"${x} ?[1]", "MissingTypename", 7},
	{"$h = @{ a 1 }", "MissingEqualsInHashLiteral", 9},
	// Checks on class definitions right after parsing.
	{"class C { M() { return 1 } }", "VoidMethodHasReturn", 16},
	{"class C { [int] M() { return } }", "NonVoidMethodMissingReturnValue", 22},
	{"class C { [int] M() { } }", "MethodHasCodePathNotReturn", 16},
	{"class C { [int] M() { if ($a) { return 1 } } }", "MethodHasCodePathNotReturn", 16},
	{"class C { [int] M() { while ($true) { return 1 } } }", "MethodHasCodePathNotReturn", 16},
	{"class C { [int] M() { try { return 1 } catch { } } }", "MethodHasCodePathNotReturn", 16},
	{"class C { M() { param($x) } }", "ParamBlockNotAllowedInMethod", 16},
	{"class C { M() { process {} } }", "NamedBlockNotAllowedInMethod", 16},
	{"class C { [int] C() { } }", "ConstructorCantHaveReturnType", 10},
	{"class C { M([string][int]$b) {} }", "MultipleTypeConstraintsOnMethodParam", 20},
	{"class C { $x; static M() { $this.x = 1 } }", "NonStaticMemberAccessInStaticMember", 27},
	{"class C { $x; static $y = $this.x }", "NonStaticMemberAccessInStaticMember", 26},
	{"class C { M() { $y = $z } }", "VariableNotLocal", 21},
	{"class C { M() { foreach ($i in $list) { } } }", "VariableNotLocal", 31},
	{"class C { M() { try { $z = 1 } catch { } $z } }", "VariableNotLocal", 41},
	{"class C { M() { switch (1) { default { $a = 1 } } $a } }", "VariableNotLocal", 50},
	{"class C { M() { if ($b = 1) { $a = 1 } $a } }", "VariableNotLocal", 39},
	{"class C { M([Parameter()]$a) {} }", "AttributeNotAllowedOnDeclaration", 12},
	{"[Flags()] class C {}", "AttributeNotAllowedOnDeclaration", 0},
	{"class C { [ValidateScript({ $true })]$p }", "ParameterAttributeArgumentNeedsToBeConstant", 26},
	// Named attribute arguments: a property the attribute type has not, or
	// one it has but only reads (set through its constructor).
	{`[System.Management.Automation.Cmdlet("Get", "Thing", Prop=1)]class C{}`, "PropertyNotFoundForAttribute", 53},
	{`[System.Management.Automation.Cmdlet("Get", "Thing", NounName="foo")]class C{}`, "ReadOnlyProperty", 53},
	{"class C { [Parameter(Mandatory, Madatory)]$p }", "PropertyNotFoundForAttribute", 32},
	{"class C { [ValidateSet('a', 'b', ValidValues = 'c')]$p }", "ReadOnlyProperty", 33},
	{"class C { [ValidateRange(1, 2, TypeId = 1)]$p }", "ReadOnlyProperty", 31},
	{"class C { M([Diagnostics.CodeAnalysis.SuppressMessageAttribute('A', 'B', CheckId = 'x')]$a) {} }", "ReadOnlyProperty", 73},
	{"[DscResource()] class R { [DscProperty(Key)][string]$K; [R] Get() { return $this } [bool] Test() { return $true } }", "DscResourceMissingSetMethod", 0},
	{"[DscResource()] class R { [DscProperty(Key)][string]$K; Set() {} [bool] Test() { return $true } [int] Get() { return 1 } }", "DscResourceInvalidGetMethod", 96},
	{"[DscResource()] class R { [string]$K; Set() {} [R] Get() { return $this } [bool] Test() { return $true } }", "DscResourceMissingKeyProperty", 0},
	// $name: with nothing after the colon, in a string too (a common slip).
	{"class foo { $private: }", "InvalidVariableReference", 12},
	{`Write-Host "failed for $Path: $body"`, "InvalidVariableReferenceWithDrive", 23},
	{"$x = $env:", "InvalidVariableReferenceWithDrive", 5},
	// [ref] with other types, using statements.
	{"[ref][ref]$x", "ReferenceNeedsToBeByItselfInTypeSequence", 5},
	{"[int][ref]$x", "ReferenceNeedsToBeLastTypeInTypeConversion", 5},
	{"[int][ref]$x = 42", "ReferenceNeedsToBeByItselfInTypeConstraint", 5},
	{"using namespace N = System.Net", "UsingStatementNotSupported", 0},
	{"using namespace 'System,Net'", "InvalidNamespaceValue", 16},
	{"using namespace [System]", "InvalidNamespaceValue", 16},
}

func TestErrorPositions(t *testing.T) {
	for _, c := range errorPosCases {
		f := mustParse(t, c.src)
		if len(f.Errors) == 0 {
			t.Errorf("%q: no error, want %s at %d", c.src, c.id, c.pos)
			continue
		}
		if e := f.Errors[0]; e.ID != c.id || e.Pos != c.pos {
			t.Errorf("%q: first error %s at %d (%s), want %s at %d", c.src, e.ID, e.Pos, e.Msg, c.id, c.pos)
		}
		checkSpans(t, f)
	}
}

func TestErrorIDs(t *testing.T) {
	// Still commands: a keyword followed by something (foreach { } after
	// a pipe is ForEach-Object), and clean, a command before PowerShell 7.3.
	for _, src := range []string{"Get-X | foreach { $_ }", "Get-X | end", "clean", "clean process {}",
		// Valid assignment targets and control flow that stays inside finally.
		"$f.Item('k') = 1", "($a) = 1", "[int]$x = 1", "$a, $b = 1, 2", "$a[0].b = 1", "[Net.ServicePointManager]::SecurityProtocol = 3072",
		"Send-MailMessage @params -Body $b", "using namespace System\nusing module M\nGet-Date", "class B : A { B() : base(1) {} [int][ValidateRange(1, 2)]$n; hidden static $s }", "[ValidateNotNull()][string]$x = 'a'", "Get-X -Port: 25", "Get-X | & { $input }", "& $cmd @args", "try {} finally { & { return } }", "try {} finally { foreach ($x in $y) { break } }", "try {} finally { function f { return } }",
		// Still valid after the position work: flags, empty calls, for parts, lists.
		"switch -regex ($x) { 'a' {1} }", "switch -f $path { default {} }", "switch -CaseSensitive -Wildcard ($a) { 'a*' {1} }",
		"Get-X -P:$a,$b", "$x.Foo()", "$x.Foo(1,\n 2)", "for (;;) {}", "for ($i = 0\n$i -lt 3\n$i++) {}", "data -SupportedCommand Get-X, Get-Y {}",
		"${x}?[0]", "$a = [int]", "[datetime]::Now", "Write-Host a,\n b", "function f() {}", "param()", "Get-X -Name:(1)",
		// Valid classes: every path returns, locals assigned somewhere, $local:, [ref], constants.
		"class C { [int] M($a) { if ($a) { return 1 } elseif ($b = 2) { return $b } else { throw 'x' } } }",
		"class C { [int] M() { try { $q = 1 } finally { $r = 1 } if ($r) { $s = 1 } else { return 0 } $t = 0; for (;;) { $u = 1; break } while ($true) { $t++ } return $r + $s + $t + $u } }",
		"class C { [int] M() { try { return 1 } catch { return 2 } } [int] N() { for (;;) { return 1 } } [int] O() { do { return 1 } while ($false) } }",
		"class C { [int] M() { switch (1) { 1 { return 1 } default { return 2 } } } [void] V() { return } C() { } static [int] S() { return 1 } }",
		"class C { [string] M() { $local:to = 1; $n = 0; [int]::TryParse('1', [ref]$n); $global:g; $script:s; $env:PATH; $_; $null; $this; $args; return \"$to$n\" } }",
		"class C { [ValidateSet('a', 'b')][string]$p; [Parameter(Mandatory)][int]$q = 1; [ValidateRange(1, 10)]$r; hidden static [int]$s }",
		"[Flags()] enum E { A = 1; B = 2 }", "class C { static [int] F() { foreach ($i in 1..2) { break }; return $i } }",
		"[DscResource()] class R { [DscProperty(Key)][string]$K; [void] Set() {} [R] Get() { return $this } [bool] Test() { return $true } R() {} R($a) {} }",
		"[DscResource()] class R : B { }",
		// Named attribute arguments that exist and can be set; types we do not know.
		"[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)] class C { [Parameter(Mandatory, ParameterSetName = 'a', HelpMessage = 'h', DontShow)][ValidateSet('a', IgnoreCase = $false, ErrorMessage = 'e')][ValidatePattern('x', Options = 'None')]$p; [DscProperty(Key, NotConfigurable)]$k }",
		"[System.Management.Automation.Cmdlet('Get', 'Thing', SupportsPaging = $true)][Alias('a')] class C { [OutputType([int], ProviderCmdlet = 'x')] [int] M([Diagnostics.CodeAnalysis.SuppressMessageAttribute('A', 'B', Justification = 'j', Scope = 's')]$a) { return 1 } }",
		"[My.Cmdlet(Prop = 1)][Unknown(NounName = 1)] class C { [Other.ValidateSet(ValidValues = 1)]$p }",
		"class ValidateSetAttribute : System.Attribute { $ValidValues } class C { [ValidateSet(ValidValues = 'a')]$p }",
		"function f { [CmdletBinding(Whatever = 1)] param([Parameter(Prop = 1)]$a) }",
		"$r = [ref]$x; [ref]$y = 1; [ref][int]$z", "Write-Host \"${Path}: $env:TEMP $a:b $($x):\" $a:b $script:x", "[Math]::PI", "using namespace System.Net.Mail\nusing namespace 'System.Collections.Generic'\nusing module @{ModuleName='M'; ModuleVersion='1.0'}\nusing namespace Ünïcode_1.x"} {
		if f := mustParse(t, src); len(f.Errors) > 0 {
			t.Errorf("%q: %s", src, f.ErrorString(f.Errors[0]))
		}
	}
	for _, c := range errorIDCases {
		f := mustParse(t, c.src)
		if len(f.Errors) == 0 {
			t.Errorf("%q: no error, want %s", c.src, c.id)
			continue
		}
		if f.Errors[0].ID != c.id {
			t.Errorf("%q: first error %s (%s), want %s", c.src, f.Errors[0].ID, f.Errors[0].Msg, c.id)
		}
	}
}
