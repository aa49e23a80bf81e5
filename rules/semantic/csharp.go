package semantic

import (
	"strings"
	"unicode"
)

// CSharpClass is a class found in C# source passed to Add-Type
// (-TypeDefinition, or -MemberDefinition with -Name/-Namespace). The scan
// is structural, not a compiler: it finds classes, their methods and the
// return statements of method bodies, which is what certificate rules need.
type CSharpClass struct {
	// Name is the class name; FullName adds the namespace (Outer+Inner for nested classes).
	Name, FullName string
	Methods        []*CSharpMethod
}

// CSharpMethod is one method (or expression-bodied member) of a class.
type CSharpMethod struct {
	Name       string
	ReturnType string // last token before the name: bool, void, RemoteCertificateValidationCallback
	Static     bool
	Params     int
	// body holds the body's tokens (without braces), or the expression of
	// an expression-bodied member.
	body   []csTok
	exprOK bool // expression-bodied
	class  *CSharpClass
	all    []*CSharpClass
}

// Method returns the class's method with this name (case-insensitive, as
// PowerShell looks members up), or nil. With several overloads the first wins.
func (c *CSharpClass) Method(name string) *CSharpMethod {
	for _, mt := range c.Methods {
		if strings.EqualFold(mt.Name, name) {
			return mt
		}
	}
	return nil
}

// ReturnsTrue reports a method whose every return statement returns the
// literal true (or an expression body that is true).
func (mt *CSharpMethod) ReturnsTrue() bool {
	if mt.exprOK {
		return csIsTrue(mt.body)
	}
	return csBodyReturnsTrue(mt.body)
}

// ReturnsTrustAllDelegate reports a method whose every return statement
// returns a delegate that accepts every certificate: a lambda or anonymous
// method returning true, new RemoteCertificateValidationCallback(<one of
// those>) or a method group of a method that returns true.
func (mt *CSharpMethod) ReturnsTrustAllDelegate() bool {
	var exprs [][]csTok
	if mt.exprOK {
		exprs = [][]csTok{mt.body}
	} else {
		exprs = csReturns(mt.body)
	}
	if len(exprs) == 0 {
		return false
	}
	for _, e := range exprs {
		if !mt.trustAllDelegate(e, 0) {
			return false
		}
	}
	return true
}

// InstallsTrustAll reports a method that assigns a trust-all delegate to a
// ServerCertificateValidationCallback (ServicePointManager's, or a
// request's), or a trust-all policy class to CertificatePolicy. It returns
// the member that was set.
func (mt *CSharpMethod) InstallsTrustAll() (string, bool) {
	b := mt.body
	for i := 0; i+1 < len(b); i++ {
		name := b[i].text
		if name != "ServerCertificateValidationCallback" && name != "ServerCertificateCustomValidationCallback" && name != "CertificatePolicy" {
			continue
		}
		if b[i+1].text != "=" && b[i+1].text != "+=" {
			continue
		}
		rhs := csUntilSemicolon(b[i+2:])
		if name == "CertificatePolicy" {
			// new TrustAllCertsPolicy()
			if len(rhs) >= 2 && rhs[0].text == "new" {
				if c := csFindClass(mt.all, csTypeName(rhs[1:])); c != nil && c.TrustAllPolicy() {
					return name, true
				}
			}
			continue
		}
		if mt.trustAllDelegate(rhs, 0) {
			return name, true
		}
	}
	return "", false
}

// TrustAllPolicy reports an ICertificatePolicy implementation whose
// CheckValidationResult returns true on every path.
func (c *CSharpClass) TrustAllPolicy() bool {
	for _, mt := range c.Methods {
		if mt.Name == "CheckValidationResult" && mt.Params == 4 && mt.ReturnsTrue() {
			return true
		}
	}
	return false
}

// trustAllDelegate reports an expression that denotes a delegate returning true.
func (mt *CSharpMethod) trustAllDelegate(e []csTok, depth int) bool {
	if len(e) == 0 || depth > 8 {
		return false
	}
	// ( expr )
	if e[0].text == "(" && csMatch(e, 0) == len(e)-1 && !csHasArrow(e) {
		return mt.trustAllDelegate(e[1:len(e)-1], depth+1)
	}
	// delegate [(params)] { body }
	if e[0].text == "delegate" {
		i := 1
		if i < len(e) && e[i].text == "(" {
			i = csMatch(e, i) + 1
		}
		if i < len(e) && e[i].text == "{" && csMatch(e, i) == len(e)-1 {
			return csBodyReturnsTrue(e[i+1 : len(e)-1])
		}
		return false
	}
	// (params) => body, x => body
	if arrow := csArrowAt(e); arrow > 0 {
		rhs := e[arrow+1:]
		if len(rhs) > 0 && rhs[0].text == "{" && csMatch(rhs, 0) == len(rhs)-1 {
			return csBodyReturnsTrue(rhs[1 : len(rhs)-1])
		}
		return csIsTrue(rhs)
	}
	// new SomeCallback(expr)
	if e[0].text == "new" {
		i := 1
		for i < len(e) && e[i].text != "(" {
			i++
		}
		if i < len(e) && csMatch(e, i) == len(e)-1 {
			return mt.trustAllDelegate(e[i+1:len(e)-1], depth+1)
		}
		return false
	}
	// Method group: Name or Class.Name.
	name := csTypeName(e)
	if name == "" || len(csTypeNameToks(e)) != len(e) {
		return false
	}
	cls, meth := mt.class, name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		cls = csFindClass(mt.all, name[:i])
		meth = name[i+1:]
	}
	if cls == nil {
		return false
	}
	for _, cand := range cls.Methods {
		if cand.Name == meth && cand.ReturnType == "bool" && cand.ReturnsTrue() {
			return true
		}
	}
	return false
}

// ScanCSharp finds the classes declared in C# source. namespace and name
// come from Add-Type -Namespace/-Name for -MemberDefinition source (then
// source is a list of members); both are empty for -TypeDefinition.
func ScanCSharp(source, namespace, name string) []*CSharpClass {
	toks := csLex(source)
	var out []*CSharpClass
	if name != "" {
		full := name
		if namespace != "" {
			full = namespace + "." + name
		}
		c := &CSharpClass{Name: name, FullName: full}
		out = append(out, c)
		csMembers(toks, c, &out)
	} else {
		csScope(toks, "", &out)
	}
	for _, c := range out {
		for _, mt := range c.Methods {
			mt.class, mt.all = c, out
		}
	}
	return out
}

// csScope scans namespace-level tokens for namespaces and classes.
func csScope(toks []csTok, ns string, out *[]*CSharpClass) {
	for i := 0; i < len(toks); i++ {
		switch toks[i].text {
		case "namespace":
			j := i + 1
			name := csTypeName(toks[j:])
			j += len(csTypeNameToks(toks[j:]))
			full := name
			if ns != "" {
				full = ns + "." + name
			}
			if j < len(toks) && toks[j].text == ";" { // file-scoped namespace
				csScope(toks[j+1:], full, out)
				return
			}
			if j < len(toks) && toks[j].text == "{" {
				end := csMatch(toks, j)
				if end < 0 {
					end = len(toks)
				}
				csScope(toks[j+1:end], full, out)
				i = end
			}
		case "class", "struct":
			i = csClass(toks, i, ns, "", out)
		}
	}
}

// csClass reads a class declaration starting at the class keyword and
// returns the index of its closing brace.
func csClass(toks []csTok, i int, ns, outer string, out *[]*CSharpClass) int {
	if i+1 >= len(toks) || !toks[i+1].ident {
		return i
	}
	name := toks[i+1].text
	j := i + 2
	for j < len(toks) && toks[j].text != "{" && toks[j].text != ";" {
		j++
	}
	if j >= len(toks) || toks[j].text != "{" {
		return j
	}
	end := csMatch(toks, j)
	if end < 0 {
		end = len(toks)
	}
	full := name
	switch {
	case outer != "":
		full = outer + "+" + name
	case ns != "":
		full = ns + "." + name
	}
	c := &CSharpClass{Name: name, FullName: full}
	*out = append(*out, c)
	csMembers(toks[j+1:end], c, out)
	return end
}

// csMembers reads the members of a class body.
func csMembers(toks []csTok, c *CSharpClass, out *[]*CSharpClass) {
	start := 0
	sawAssign := false
	for i := 0; i < len(toks); i++ {
		t := toks[i].text
		switch {
		case t == "class" || t == "struct":
			i = csClass(toks, i, "", c.FullName, out)
			start, sawAssign = i+1, false
		case t == ";":
			start, sawAssign = i+1, false
		case t == "=>":
			// An expression-bodied property, or a lambda in a field
			// initializer: skip to the end of the member.
			i += len(csUntilSemicolon(toks[i:]))
			start, sawAssign = i+1, false
		case t == "=":
			sawAssign = true
		case t == "[":
			if i == start { // attribute
				if e := csMatch(toks, i); e > 0 {
					i = e
					start = i + 1
				}
			}
		case t == "{":
			// Property accessors or an initializer: skip the block.
			e := csMatch(toks, i)
			if e < 0 {
				return
			}
			i = e
			start, sawAssign = i+1, false
		case t == "(" && !sawAssign && i > start && toks[i-1].ident:
			closeP := csMatch(toks, i)
			if closeP < 0 {
				return
			}
			mt := &CSharpMethod{Name: toks[i-1].text, Params: csCountParams(toks[i+1 : closeP])}
			for k := start; k < i-1; k++ {
				if toks[k].text == "static" {
					mt.Static = true
				}
			}
			if i-2 >= start {
				mt.ReturnType = toks[i-2].text
			}
			j := closeP + 1
			for j < len(toks) && toks[j].text != "{" && toks[j].text != "=>" && toks[j].text != ";" {
				j++ // where constraints, : base(...)
			}
			if j >= len(toks) {
				return
			}
			switch toks[j].text {
			case "{":
				e := csMatch(toks, j)
				if e < 0 {
					return
				}
				mt.body = toks[j+1 : e]
				i = e
			case "=>":
				k := j + 1
				body := csUntilSemicolon(toks[k:])
				mt.body, mt.exprOK = body, true
				i = k + len(body)
			default:
				i = j // abstract or extern: no body
			}
			c.Methods = append(c.Methods, mt)
			start, sawAssign = i+1, false
		}
	}
}

func csCountParams(toks []csTok) int {
	if len(toks) == 0 {
		return 0
	}
	n, depth := 1, 0
	for _, t := range toks {
		switch t.text {
		case "(", "[", "<", "{":
			depth++
		case ")", "]", ">", "}":
			depth--
		case ",":
			if depth == 0 {
				n++
			}
		}
	}
	return n
}

// csReturns returns the expressions of the return statements of a body.
// The tokens of each returned expression are skipped, so returns inside a
// lambda that is itself returned are not counted twice.
func csReturns(body []csTok) [][]csTok {
	var out [][]csTok
	for i := 0; i < len(body); i++ {
		if body[i].text != "return" {
			continue
		}
		e := csUntilSemicolon(body[i+1:])
		out = append(out, e)
		i += len(e)
	}
	return out
}

// csBodyReturnsTrue: at least one return statement, and all return true.
func csBodyReturnsTrue(body []csTok) bool {
	rets := csReturns(body)
	if len(rets) == 0 {
		return false
	}
	for _, e := range rets {
		if !csIsTrue(e) {
			return false
		}
	}
	for _, t := range body {
		if t.text == "throw" {
			return false
		}
	}
	return true
}

func csIsTrue(e []csTok) bool {
	for len(e) >= 2 && e[0].text == "(" && csMatch(e, 0) == len(e)-1 {
		e = e[1 : len(e)-1]
	}
	return len(e) == 1 && e[0].text == "true"
}

// csUntilSemicolon returns the tokens up to the first ; outside brackets.
func csUntilSemicolon(toks []csTok) []csTok {
	depth := 0
	for i, t := range toks {
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth < 0 {
				return toks[:i]
			}
		case ";":
			if depth == 0 {
				return toks[:i]
			}
		}
	}
	return toks
}

// csArrowAt returns the index of a lambda's => at the top level of e, or -1.
func csArrowAt(e []csTok) int {
	if len(e) >= 2 && e[0].ident && e[1].text == "=>" {
		return 1
	}
	if len(e) > 0 && e[0].text == "(" {
		if c := csMatch(e, 0); c > 0 && c+1 < len(e) && e[c+1].text == "=>" {
			return c + 1
		}
	}
	return -1
}

func csHasArrow(e []csTok) bool { return csArrowAt(e) > 0 }

// csTypeNameToks returns the leading tokens of a dotted name.
func csTypeNameToks(toks []csTok) []csTok {
	i := 0
	for i < len(toks) && toks[i].ident {
		i++
		if i < len(toks) && toks[i].text == "." && i+1 < len(toks) && toks[i+1].ident {
			i++
			continue
		}
		break
	}
	return toks[:i]
}

func csTypeName(toks []csTok) string {
	var sb strings.Builder
	for _, t := range csTypeNameToks(toks) {
		sb.WriteString(t.text)
	}
	return sb.String()
}

// csFindClass finds a class by simple or full name.
func csFindClass(all []*CSharpClass, name string) *CSharpClass {
	for _, c := range all {
		if c.FullName == name || c.Name == name {
			return c
		}
	}
	return nil
}

// csMatch returns the index of the bracket closing the one at i, or -1.
func csMatch(toks []csTok, i int) int {
	open := toks[i].text
	var closeB string
	switch open {
	case "(":
		closeB = ")"
	case "[":
		closeB = "]"
	case "{":
		closeB = "}"
	default:
		return -1
	}
	depth := 0
	for j := i; j < len(toks); j++ {
		switch toks[j].text {
		case open:
			depth++
		case closeB:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// csTok is a C# token: an identifier or keyword, a number, a string or
// character literal (text "\"\""), or punctuation.
type csTok struct {
	text  string
	ident bool
}

// csLex splits C# source into tokens, dropping comments and the contents
// of string and character literals, and preprocessor lines.
func csLex(src string) []csTok {
	var out []csTok
	r := []rune(src)
	n := len(r)
	lineStart := true
	for i := 0; i < n; {
		c := r[i]
		switch {
		case c == '\n':
			lineStart = true
			i++
			continue
		case unicode.IsSpace(c):
			i++
			continue
		case c == '#' && lineStart: // preprocessor directive
			for i < n && r[i] != '\n' {
				i++
			}
			continue
		}
		lineStart = false
		switch {
		case c == '/' && i+1 < n && r[i+1] == '/':
			for i < n && r[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < n && r[i+1] == '*':
			i += 2
			for i+1 < n && !(r[i] == '*' && r[i+1] == '/') {
				i++
			}
			i += 2
		case c == '@' && i+1 < n && r[i+1] == '"', c == '$' && i+1 < n && r[i+1] == '@' && i+2 < n && r[i+2] == '"',
			c == '@' && i+2 < n && r[i+1] == '$' && r[i+2] == '"':
			// Verbatim string: "" escapes a quote.
			for i < n && r[i] != '"' {
				i++
			}
			i++
			for i < n {
				if r[i] == '"' {
					if i+1 < n && r[i+1] == '"' {
						i += 2
						continue
					}
					i++
					break
				}
				i++
			}
			out = append(out, csTok{text: `""`})
		case c == '"' || c == '\'' || c == '$' && i+1 < n && r[i+1] == '"':
			if c == '$' {
				i++
			}
			q := r[i]
			i++
			for i < n && r[i] != q && r[i] != '\n' {
				if r[i] == '\\' {
					i++
				}
				i++
			}
			i++
			out = append(out, csTok{text: `""`})
		case c == '_' || c == '@' || unicode.IsLetter(c) || unicode.IsDigit(c):
			j := i + 1
			for j < n && (r[j] == '_' || unicode.IsLetter(r[j]) || unicode.IsDigit(r[j])) {
				j++
			}
			word := strings.TrimPrefix(string(r[i:j]), "@")
			out = append(out, csTok{text: word, ident: !unicode.IsDigit(c)})
			i = j
		default:
			if i+1 < n {
				two := string(r[i : i+2])
				switch two {
				case "=>", "+=", "-=", "==", "!=", "<=", ">=", "&&", "||", "??", "::", "++", "--":
					out = append(out, csTok{text: two})
					i += 2
					continue
				}
			}
			out = append(out, csTok{text: string(c)})
			i++
		}
	}
	return out
}
