package rules

import (
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL008", Name: "graph-mail-json-depth", Level: Note,
			Summary:   "A Microsoft Graph mail request body comes from ConvertTo-Json without enough -Depth, so nested recipients are truncated.",
			Precision: "medium", Tags: []string{"reliability", "graph", "mail"},
		},
		Run:      runMAIL008,
		Requires: []*semantic.Analyzer{},
	})
}

// mail008MinDepth is the catalog's threshold for bodies whose shape is not
// known: a sendMail body needs at least depth 4 (message → toRecipients →
// item → emailAddress), and 5 leaves room for one more level.
const mail008MinDepth = 5

// graphMailPath reports a URI (partly known) that addresses Graph mail:
// /sendMail, /messages, /createUploadSession.
func graphMailPath(s string) bool {
	lc := strings.ToLower(s)
	for _, seg := range []string{"/sendmail", "/messages", "/createuploadsession"} {
		i := strings.Index(lc, seg)
		for i >= 0 {
			end := i + len(seg)
			if end == len(lc) || strings.ContainsRune("/?#'\")"+gap, rune(lc[end])) {
				return true
			}
			j := strings.Index(lc[end:], seg)
			if j < 0 {
				break
			}
			i = end + j
		}
	}
	return false
}

// runMAIL008 follows ConvertTo-Json output (without -Depth, or with a
// depth that truncates the body) into -Body of Invoke-MgGraphRequest /
// Invoke-RestMethod / Invoke-WebRequest calls on Graph mail URIs: inline,
// piped, through variables and splats.
func runMAIL008(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		name := builtinCall(m, c)
		switch name {
		case "invoke-mggraphrequest", "invoke-restmethod", "invoke-webrequest":
		default:
			continue
		}
		b := m.Bind(c, semantic.Cmdlet(name))
		if len(b.Ambiguous) > 0 {
			continue
		}
		uri, ok := argApprox(m, b.Get("Uri"), c.Pos())
		if !ok || !graphMailPath(uri) {
			continue
		}
		var conv *parser.Command
		if a := b.Get("Body"); a != nil {
			switch {
			case a.Expr != nil:
				conv = jsonProducer(m, a.Expr, 0)
			case a.FromSplat != nil:
				// Splat entry whose value is a pipeline: Body = $m | ConvertTo-Json
				if he, ok := m.Parent(a.Node).(*parser.HashEntry); ok {
					conv = pipelineJSON(m, he.Value)
				}
			}
		} else if b.Piped {
			conv = previousConvertToJson(m, c)
		}
		if conv == nil {
			continue
		}
		depth, why, truncated := jsonTruncates(m, conv, neededDepth(uri))
		if !truncated {
			continue
		}
		msg := "The body of this Graph mail request comes from ConvertTo-Json " + why + ", so objects nested deeper than " + strconv.Itoa(depth) +
			" levels (message → toRecipients → recipient → emailAddress) are written as type names and Graph rejects or mis-addresses the message. " +
			"Use ConvertTo-Json -Depth 10, or pass the hashtable to Send-MgUserMail -BodyParameter."
		p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Message: msg, Properties: fnReachability(m, c),
			Related: append([]Related{related(conv, "JSON converted here")}, splatRelated(m, b)...)})
	}
}

// jsonProducer returns the ConvertTo-Json command whose output an
// expression is: ($x | ConvertTo-Json), a variable assigned from such a
// pipeline, or [Text.Encoding]::UTF8.GetBytes(<that>).
func jsonProducer(m *semantic.Model, x parser.Expr, depth int) *parser.Command {
	if x == nil || depth > 6 {
		return nil
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		return pipelineJSON(m, x.X)
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return pipelineJSON(m, x.Body[0])
		}
	case *parser.Variable:
		if x.Splat {
			return nil
		}
		st, _ := assignedStmt(m, x)
		if st == nil {
			return nil
		}
		if c := pipelineJSON(m, st); c != nil {
			return c
		}
		if e := semantic.StmtExpr(st); e != nil {
			return jsonProducer(m, e, depth+1)
		}
	case *parser.InvokeExpr:
		if strings.EqualFold(x.Member.MemberName(), "GetBytes") && len(x.Args) == 1 {
			return jsonProducer(m, x.Args[0], depth+1)
		}
	case *parser.ConvertExpr:
		return jsonProducer(m, x.X, depth+1)
	}
	return nil
}

// pipelineJSON returns the last command of a pipeline statement when it is ConvertTo-Json.
func pipelineJSON(m *semantic.Model, s parser.Stmt) *parser.Command {
	pl, ok := s.(*parser.Pipeline)
	if !ok || pl.Next != nil || len(pl.Elements) == 0 {
		return nil
	}
	c, ok := pl.Elements[len(pl.Elements)-1].(*parser.Command)
	if !ok || builtinCall(m, c) != "convertto-json" {
		return nil
	}
	return c
}

// previousConvertToJson returns the ConvertTo-Json command right before c in its pipeline.
func previousConvertToJson(m *semantic.Model, c *parser.Command) *parser.Command {
	pl, ok := m.Parent(c).(*parser.Pipeline)
	if !ok {
		return nil
	}
	for i, e := range pl.Elements {
		if e == parser.PipelineElement(c) && i > 0 {
			if prev, ok := pl.Elements[i-1].(*parser.Command); ok && builtinCall(m, prev) == "convertto-json" {
				return prev
			}
		}
	}
	return nil
}

// jsonTruncates decides whether a ConvertTo-Json call truncates its input.
// PowerShell writes an object (hashtable, array, other object) found at a
// nesting level above -Depth (default 2) as its type name; arrays count as
// a level. When the input is a hashtable/array whose whole shape is known,
// that rule is applied exactly; otherwise a depth below 5 is reported
// (catalog MAIL008; see neededDepth). An unknown -Depth (or splat) is
// never reported.
func jsonTruncates(m *semantic.Model, conv *parser.Command, minDepth int) (int, string, bool) {
	b := m.Bind(conv, semantic.Cmdlet("convertto-json"))
	if b.UnknownSplat || len(b.Ambiguous) > 0 {
		return 0, "", false
	}
	depth, why := 2, "without -Depth (default 2)"
	if a := b.Get("Depth"); a != nil {
		v := m.ArgValue(a, conv.Pos())
		switch v.Kind {
		case semantic.Number:
			depth = int(v.Num)
		case semantic.String:
			n, err := strconv.Atoi(strings.TrimSpace(v.Str))
			if err != nil {
				return 0, "", false
			}
			depth = n
		default:
			return 0, "", false
		}
		why = "with -Depth " + strconv.Itoa(depth)
	}
	if depth >= 100 {
		return depth, why, false
	}
	if in, ok := jsonInput(m, conv, b); ok {
		if level, known := containerLevel(in, 0); known {
			return depth, why, level > depth
		}
	}
	return depth, why, depth < minDepth
}

// neededDepth is the -Depth below which a body of unknown shape is
// reported. The documented createUploadSession body ({ AttachmentItem: {
// attachmentType, name, size } }) nests one level, so only -Depth 0 can
// truncate it; sendMail and message bodies use the catalog's threshold.
func neededDepth(uri string) int {
	lc := strings.ToLower(uri)
	if strings.Contains(lc, "/createuploadsession") && !strings.Contains(lc, "/sendmail") {
		return 1
	}
	return mail008MinDepth
}

// jsonInput returns the value given to ConvertTo-Json (-InputObject or the
// expression piped into it).
func jsonInput(m *semantic.Model, conv *parser.Command, b *semantic.Binding) (semantic.Value, bool) {
	if a := b.Get("InputObject"); a != nil {
		return m.ArgValue(a, conv.Pos()), true
	}
	pl, ok := m.Parent(conv).(*parser.Pipeline)
	if !ok {
		return semantic.Value{}, false
	}
	for i, e := range pl.Elements {
		if e == parser.PipelineElement(conv) && i == 1 {
			if ce, ok := pl.Elements[0].(*parser.CommandExpr); ok {
				// A piped array is enumerated and collected again into an
				// array, so its shape is the same as when passed whole.
				return m.Eval(ce.X, conv.Pos()), true
			}
		}
	}
	return semantic.Value{}, false
}

// containerLevel returns the deepest nesting level of a hashtable or array
// inside v (v itself at level), and whether the whole shape is known
// (every leaf a constant).
func containerLevel(v semantic.Value, level int) (int, bool) {
	switch v.Kind {
	case semantic.String, semantic.Number, semantic.Bool, semantic.Null:
		return -1, true
	case semantic.Hash:
		if v.Hash.Open {
			return level, false
		}
		max := level
		for _, k := range v.Hash.Keys {
			e, _ := v.Hash.Get(k)
			l, ok := containerLevel(e.Value, level+1)
			if !ok {
				return level, false
			}
			if l > max {
				max = l
			}
		}
		return max, true
	case semantic.Array:
		max := level
		for _, e := range v.Elems {
			l, ok := containerLevel(e, level+1)
			if !ok {
				return level, false
			}
			if l > max {
				max = l
			}
		}
		return max, true
	}
	return level, false
}
