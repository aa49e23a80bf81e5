package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/config"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/index"
)

// scanFlags are the flags of the default command.
type scanFlags struct {
	format        string
	output        string
	enable        []string
	disable       []string
	severity      string
	asOf          string
	jobs          int
	noFail        bool
	explain       string
	listRules     bool
	version       bool
	verbose       bool
	assumeTLS12   bool
	trustedRelays []string
	maxFileSize   int64
	stdinName     string
	include       []string
	exclude       []string
	gitignore     bool
	configFile    string
	noConfig      bool
	requireJust   bool
	baseline      string
	writeBaseline string
	showSupp      bool
	diff          bool
	fix           bool
	shard         string
	modulePath    []string
	maxSame       int
}

// scanUsage heads `psmailscan --help`.
const scanUsage = `usage: psmailscan [scan] [flags] [PATH...]   scan scripts (default: .; - reads standard input)
       psmailscan parse [flags] PATH...     parse only, report syntax errors
       psmailscan inventory [flags] PATH... one row per script
       psmailscan merge [flags] FILE...     combine the reports of --shard runs
       psmailscan bench [flags] DIR...      full scan speed and peak memory
       psmailscan help [COMMAND]            this help, or a command's own`

const scanNotes = `exit codes: 0 no findings at or above --severity, 1 findings, 2 usage error, 3 unreadable files or internal error, 130 interrupted (Ctrl-C; the report lists the files not scanned)`

func newScanCommand(f *scanFlags) *command {
	c := newCommand("", scanUsage, scanNotes)
	fs := c.fs
	fs.StringVarP(&f.format, "format", "f", scanFormats.Default(), "output format: "+scanFormats.Names())
	fs.StringVarP(&f.output, "output", "o", "", "write the report to this file instead of standard output")
	fs.StringArrayVar(&f.enable, "enable", nil, "enable rules by ID, name or family (MAIL001, TLS); repeatable or comma-separated")
	fs.StringArrayVar(&f.disable, "disable", nil, "disable rules by ID, name or family; repeatable or comma-separated")
	fs.StringVar(&f.severity, "severity", "", "minimum level reported and counted for the exit code: note, warning or error (default note)")
	fs.StringVar(&f.asOf, "as-of", "", "date (YYYY-MM-DD) that date-dependent levels and messages use (default: today)")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "files scanned in parallel (default: all cores)")
	fs.BoolVar(&f.noFail, "no-fail", false, "exit 0 even when there are findings")
	fs.StringVar(&f.explain, "explain", "", "print the documentation of a rule and exit")
	fs.BoolVar(&f.listRules, "list-rules", false, "list every rule and exit")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	fs.BoolVarP(&f.verbose, "verbose", "v", false, "text format: also print details such as the Microsoft Graph rewrite")
	fs.BoolVar(&f.assumeTLS12, "assume-tls12-configured", false, "the machines enable TLS 1.2 outside the scripts (registry): silence TLS003")
	fs.StringArrayVar(&f.trustedRelays, "trusted-relay", nil, "SMTP host accepted for clear-text submission (MAIL003); repeatable")
	fs.Int64Var(&f.maxFileSize, "max-file-size", 10<<20, "files larger than this many bytes are listed as skipped")
	fs.StringVar(&f.stdinName, "stdin-filename", "stdin.ps1", "name used for the script read from standard input (path -)")
	fs.StringArrayVar(&f.include, "include", nil, "scan only files matching this glob (doublestar, case-insensitive, relative to each PATH); repeatable")
	fs.StringArrayVar(&f.exclude, "exclude", nil, "skip files and folders matching this glob; repeatable")
	fs.BoolVar(&f.gitignore, "gitignore", false, "also skip what .gitignore files in the scanned folders exclude")
	fs.StringVar(&f.configFile, "config", "", "settings file to use (default: "+config.FileName+" found by walking up from the first PATH)")
	fs.BoolVar(&f.noConfig, "no-config", false, "do not read a settings file")
	fs.BoolVar(&f.requireJust, "require-justification", false, "report suppression directives without a reason")
	fs.StringVar(&f.baseline, "baseline", "", "do not report findings recorded in this baseline file")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in this baseline file")
	fs.BoolVar(&f.showSupp, "show-suppressed", false, "text and csv formats: also list suppressed findings")
	fs.BoolVar(&f.diff, "diff", false, "print the available rewrites (Send-MailMessage to Microsoft Graph) as a unified diff instead of the report")
	fs.BoolVar(&f.fix, "fix", false, "apply the available rewrites in place (keeping encoding, BOM and line endings), then report what remains")
	fs.IntVar(&f.maxSame, "max-same", 0, "text format: show at most N findings with the same rule and message per file, then one 'N more like' line (default: all)")
	fs.StringArrayVar(&f.modulePath, "module-path", nil, "folder of modules kept outside the scanned tree: indexed so that calls of their functions resolve, not reported; repeatable")
	fs.StringVar(&f.shard, "shard", "", "scan only shard I of N (I/N, by path hash); combine the reports with psmailscan merge")
	return c
}

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f scanFlags
	c := newScanCommand(&f)
	fs := c.fs
	if code, done := c.parse(args, stdout, stderr); done {
		return code
	}
	if code, done := c.atLeast(stderr, "jobs", int64(f.jobs), 1); done {
		return code
	}
	if code, done := c.atLeast(stderr, "max-file-size", f.maxFileSize, 1); done {
		return code
	}
	if code, done := c.atLeast(stderr, "max-same", int64(f.maxSame), 1); done {
		return code
	}
	cfg := &rules.Config{AsOf: time.Now().UTC(), AssumeTls12Configured: f.assumeTLS12, TrustedRelays: f.trustedRelays}
	if f.asOf != "" {
		t, err := time.Parse("2006-01-02", f.asOf)
		if err != nil {
			return c.usageError(stderr, "--as-of wants a date like 2026-12-31, not %q", f.asOf)
		}
		cfg.AsOf = t
	}
	switch {
	case f.version:
		fmt.Fprintf(stdout, "psmailscan %s\n", Version)
		return exitOK
	case f.listRules:
		listRules(stdout, cfg)
		return exitOK
	case f.explain != "":
		r := rules.Lookup(f.explain)
		if r == nil {
			return usageError(stderr, "unknown rule %q (see --list-rules)", f.explain)
		}
		fmt.Fprint(stdout, rules.Doc(r.ID))
		return exitOK
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}

	// Settings file: flags win over it.
	settings, err := loadSettings(&f, paths)
	if err != nil {
		fmt.Fprintf(stderr, "psmailscan: %v\n", err)
		return exitUsage
	}
	if settings != nil {
		f.include = append(append([]string(nil), settings.IncludePaths...), f.include...)
		f.exclude = append(append([]string(nil), settings.ExcludePaths...), f.exclude...)
		f.enable = append(append([]string(nil), settings.IncludeRules...), f.enable...)
		f.disable = append(append([]string(nil), settings.ExcludeRules...), f.disable...)
		f.trustedRelays = append(append([]string(nil), settings.TrustedRelays...), f.trustedRelays...)
		f.modulePath = append(append([]string(nil), settings.ModulePath...), f.modulePath...)
		if f.severity == "" {
			f.severity = settings.Severity
		}
		f.assumeTLS12 = f.assumeTLS12 || settings.AssumeTls12Configured
		f.requireJust = f.requireJust || settings.RequireJustification
	}
	if f.severity == "" {
		f.severity = "note"
	}

	cfg.AssumeTls12Configured, cfg.TrustedRelays = f.assumeTLS12, f.trustedRelays
	minLevel, err := rules.ParseLevel(f.severity)
	if err != nil {
		return usageError(stderr, "--severity: %v", err)
	}
	enabled, err := ruleSelection(f.enable, f.disable)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	levels := map[string]rules.Level{}
	if settings != nil {
		for id, lv := range settings.RuleLevels {
			r := rules.Lookup(id)
			if r == nil {
				return usageError(stderr, "%s: Rules names unknown rule %s", settings.Path, id)
			}
			l, err := rules.ParseLevel(lv)
			if err != nil {
				return usageError(stderr, "%s: Rules.%s.Level: %v", settings.Path, id, err)
			}
			levels[r.ID] = l
		}
	}
	writeReport := scanFormats.Lookup(f.format)
	if writeReport == nil {
		return usageError(stderr, "unknown --format %q (want %s)", f.format, scanFormats.Names())
	}
	filter, err := pipeline.NewFilter(f.include, f.exclude, f.gitignore)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	shardI, shardN, err := parseShard(f.shard)
	if err != nil {
		return usageError(stderr, "--shard: %v", err)
	}
	var base *baseline
	if f.baseline != "" {
		if base, err = readBaseline(f.baseline); err != nil {
			fmt.Fprintf(stderr, "psmailscan: %v\n", err)
			return exitUsage
		}
	}

	opts := &scan.Options{Config: cfg, Enabled: enabled, MaxFileSize: f.maxFileSize,
		Suppress: rules.SuppressOptions{RequireJustification: f.requireJust}, Levels: levels}
	// Standard input is scanned where "-" stands among the arguments;
	// the files of the other arguments follow, in argument order.
	var results []scan.Result
	var fileArgs []string
	for _, p := range paths {
		if p != "-" {
			fileArgs = append(fileArgs, p)
			continue
		}
		raw, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: reading standard input: %v\n", err)
			return exitTrouble
		}
		results = append(results, scan.Bytes(f.stdinName, raw, opts))
	}
	disc := pipeline.Discover(fileArgs, filter)
	defer disc.Close()
	entries, excluded := disc.Entries, disc.Excluded
	if shardN > 0 {
		entries = pipeline.Shard(entries, shardI, shardN)
	}
	keep := keepPositions
	if f.diff || f.fix {
		keep = keepText
	}
	setMemoryLimit()
	others, closeOthers, err := indexOthers(disc.Entries, entries, f.modulePath)
	defer closeOthers()
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	prog := &pipeline.Progress{Total: len(entries)}
	ctx, cancel := interruptible(prog)
	scanned, notRun := scanEntries(ctx, entries, others, opts, f.jobs, keep, prog, nil)
	cancel()
	results = append(results, scanned...)
	if notRun > 0 && (f.writeBaseline != "" || f.diff || f.fix) {
		// A partial baseline would accept too little; half a --fix or a
		// partial diff is not what was asked for: do none of them.
		fmt.Fprintf(stderr, "psmailscan: interrupted: %d of %d files not scanned; nothing written or changed\n", notRun, len(entries))
		return exitInterrupted
	}
	for i := range results {
		filterLevel(&results[i], minLevel)
	}
	if base != nil {
		base.apply(results)
	}
	if f.writeBaseline != "" {
		// Recording is the whole job: one line, no report, exit 0 (3 when
		// files could not be read, as they are not in the baseline).
		n, err := writeBaselineFile(f.writeBaseline, results)
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: %v\n", err)
			return exitTrouble
		}
		fmt.Fprintf(stdout, "psmailscan: recorded %s from %s in %s (paths relative to %s)\n",
			counted(n, "finding"), counted(len(results), "file"), f.writeBaseline, filepath.ToSlash(baselineRoot(f.writeBaseline)))
		code := exitCode(results, excluded, true, io.Discard)
		if code != exitOK {
			exitCode(results, excluded, true, stderr) // say what could not be read
		}
		return code
	}

	if f.diff || f.fix {
		fixes := collectFixes(results)
		if f.diff {
			if err := writeDiffs(stdout, fixes); err != nil {
				fmt.Fprintf(stderr, "psmailscan: %v\n", err)
				return exitTrouble
			}
			return exitCode(results, excluded, f.noFail, io.Discard)
		}
		// Re-scan the rewritten files so the report describes them as they are now.
		changed := map[string]bool{}
		for _, p := range applyFixes(fixes, results, stderr) {
			changed[p] = true
		}
		for i := range results {
			if changed[results[i].Path] {
				results[i] = scan.File(results[i].Path, opts)
				results[i].Model = nil
				filterLevel(&results[i], minLevel)
				if base != nil {
					// The baselined findings the fix left alone are still accepted.
					base.apply(results[i : i+1])
				}
			}
		}
	}

	rep := &report{results: results, enabled: enabled, verbose: f.verbose, showSuppressed: f.showSupp, stderr: stderr,
		maxSame: f.maxSame, asOf: cfg.AsOf}
	err = writeOutput(f.output, stdout, func(out io.Writer) error { return writeReport(out, rep) })
	if err != nil {
		fmt.Fprintf(stderr, "psmailscan: writing the report: %v\n", err)
		return exitTrouble
	}
	code := exitCode(results, excluded, f.noFail, stderr)
	if notRun > 0 {
		fmt.Fprintf(stderr, "psmailscan: interrupted: %d of %d files scanned; the report lists the other %d as %q\n",
			len(entries)-notRun, len(entries), notRun, pipeline.Interrupted.String())
		code = exitInterrupted
	}
	return code
}

// loadSettings finds and reads the settings file unless --no-config.
func loadSettings(f *scanFlags, paths []string) (*config.Settings, error) {
	if f.noConfig {
		return nil, nil
	}
	path := f.configFile
	if path == "" {
		start := paths[0]
		if start == "-" {
			start = "."
		}
		path = config.Find(start)
		if path == "" {
			return nil, nil
		}
	}
	return config.Load(path)
}

// scanEntries scans the entries on up to jobs goroutines, results in entry
// order. Each result is cut down to what the rest of the run reads as soon
// as its file is done (see forReport), so memory does not grow with the
// files already scanned; before that, each file is reduced to its summary
// for the repository index (phase 1). The files of others (other shards,
// --module-path) are only summarized. Then the index is built (phase 2)
// and each finding inside a function gets the sites in other files that
// call it as related locations (phase 3). When ctx is cancelled (Ctrl-C),
// the files not scanned are listed as skipped (pipeline.Interrupted) and
// counted, and the index is not built.
//
// rename (nil: none) gives the path entry i is reported and indexed under,
// for bench --copies: the file is read and analyzed where it is.
func scanEntries(ctx context.Context, entries, others []pipeline.Entry, opts *scan.Options, jobs int, keep keepLevel, prog *pipeline.Progress,
	rename func(i int, path string) string) ([]scan.Result, int) {
	// Each result goes straight to its place: the workers' output holds
	// only what the index needs, not a second copy of every result.
	type scanned struct {
		sum *index.FileSummary
		fns []int32 // the function each finding is in (FileSummary.FunctionAt), -1 outside any
	}
	results := make([]scan.Result, len(entries))
	texts := &textTable{}
	out, notRun := pipeline.MapInOrder(ctx, pipeline.LargestFirst(entries), jobs, func(i int) scanned {
		defer roomForFile(entries[i].Size)()
		res := scan.Entry(entries[i], opts)
		sum := scan.Summary(&res, opts.Config, false, false)
		var fns []int32
		if sum != nil && len(res.Findings) > 0 {
			fns = make([]int32, len(res.Findings))
			for j, d := range res.Findings {
				fns[j] = int32(sum.FunctionAt(d.Pos))
			}
		}
		if rename != nil {
			from, to := res.Path, rename(i, res.Path)
			res.Path = to
			if sum != nil {
				sum.Rename(func(p string) string {
					if p == from {
						return to // the same string as the result's
					}
					return rename(i, p)
				})
			}
		}
		results[i] = forReport(res, keep, texts)
		return scanned{sum, fns}
	}, func(i int) scanned {
		results[i] = scan.Skipped(entries[i].Path, pipeline.Interrupted)
		return scanned{}
	}, prog)
	if notRun > 0 {
		return results, notRun
	}
	sums := make([]*index.FileSummary, len(out), len(out)+len(others))
	for i := range out {
		sums[i] = out[i].sum
	}
	more, notRun := pipeline.Map(ctx, len(others), jobs, func(i int) *index.FileSummary {
		raw, skip := pipeline.Read(others[i], opts.MaxFileSize)
		if skip.Skipped() {
			return nil
		}
		return scan.IndexOnly(others[i].Path, raw, opts, false)
	}, func(int) *index.FileSummary { return nil }, nil)
	if notRun > 0 {
		return results, 0 // interrupted while indexing: every file was scanned, without calling sites
	}
	ix := index.Build(append(sums, more...))
	for i := range out {
		addCallers(ix, &results[i], out[i].fns)
	}
	return results, 0
}

// addCallers adds to each finding inside a function the sites in other
// files that call that function (fns: the function of each finding).
func addCallers(ix *index.Index, r *scan.Result, fns []int32) {
	for j := range r.Findings {
		if j >= len(fns) || fns[j] < 0 {
			continue
		}
		if rel := ix.RelatedCallers(r.Path, int(fns[j])); rel != nil {
			d := &r.Findings[j]
			d.Related = append(append([]rules.Related(nil), d.Related...), rel...)
		}
	}
}

// filterLevel drops the findings below min, and their baseline
// fingerprints with them (the two slices are parallel: filtering only the
// findings left every fingerprint of the file empty).
func filterLevel(r *scan.Result, min rules.Level) {
	keepFP := len(r.Fingerprints) == len(r.Findings)
	out := r.Findings[:0]
	var fps []string
	for i, d := range r.Findings {
		if d.Level >= min {
			out = append(out, d)
			if keepFP {
				fps = append(fps, r.Fingerprints[i])
			}
		}
	}
	r.Findings = out
	if keepFP {
		r.Fingerprints = fps
	}
}

// exitCode applies the documented exit codes and prints a one-line summary on stderr.
func exitCode(results []scan.Result, excluded int, noFail bool, stderr io.Writer) int {
	var findings, suppressed, parseErr, skipped, trouble int
	for _, r := range results {
		for _, d := range r.Findings {
			if d.Suppressed != nil {
				suppressed++
			} else {
				findings++
			}
		}
		if r.Status == scan.StatusParseError {
			parseErr++
		}
		if r.Status == scan.StatusSkipped {
			skipped++
		}
		if r.Skip.Trouble() || len(r.Internal) > 0 {
			trouble++
		}
		for _, ie := range r.Internal {
			fmt.Fprintf(stderr, "psmailscan: %s: internal error: %s\n", r.Path, ie)
		}
	}
	if len(results) == 0 {
		msg := "psmailscan: no PowerShell file (.ps1, .psm1, .psd1) found"
		if excluded > 0 {
			msg += fmt.Sprintf("; %s left out by --include, --exclude or .gitignore", counted(excluded, "file"))
		}
		fmt.Fprintln(stderr, msg)
		return exitOK
	}
	summary := fmt.Sprintf("psmailscan: %s, %s, %d with syntax errors, %d skipped", counted(len(results), "file"), counted(findings, "finding"), parseErr, skipped)
	if suppressed > 0 {
		summary += fmt.Sprintf(", %d suppressed", suppressed)
	}
	if excluded > 0 {
		summary += fmt.Sprintf(", %d excluded by filters", excluded)
	}
	fmt.Fprintln(stderr, summary)
	switch {
	case trouble > 0:
		return exitTrouble
	case noFail:
		return exitOK
	case findings > 0 || parseErr > 0:
		return exitFindings
	}
	return exitOK
}

// ruleSelection turns --enable/--disable into a predicate. Items are rule
// IDs, rule names or families, comma-separated or repeated.
func ruleSelection(enable, disable []string) (func(*rules.Rule) bool, error) {
	split := func(list []string) ([]string, error) {
		var out []string
		for _, item := range list {
			for _, s := range strings.Split(item, ",") {
				s = strings.TrimSpace(s)
				if s == "" {
					continue
				}
				if r := rules.Lookup(s); r != nil {
					out = append(out, r.ID)
					continue
				}
				if !isFamily(s) {
					return nil, fmt.Errorf("unknown rule or family %q (see --list-rules)", s)
				}
				out = append(out, strings.ToUpper(s))
			}
		}
		return out, nil
	}
	en, err := split(enable)
	if err != nil {
		return nil, err
	}
	dis, err := split(disable)
	if err != nil {
		return nil, err
	}
	matches := func(r *rules.Rule, list []string) bool {
		for _, s := range list {
			if s == r.ID || s == r.Family() {
				return true
			}
		}
		return false
	}
	return func(r *rules.Rule) bool {
		if matches(r, dis) {
			return false
		}
		if matches(r, en) {
			return true
		}
		return !r.DefaultOff
	}, nil
}

func isFamily(s string) bool {
	for _, f := range rules.Families() {
		if strings.EqualFold(f, s) {
			return true
		}
	}
	return false
}

// listRules prints every rule with the level in force on cfg.AsOf (the
// one findings get on that date) next to its default level.
func listRules(w io.Writer, cfg *rules.Config) {
	all := append([]*rules.Rule(nil), rules.All()...)
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	fmt.Fprintf(w, "%-8s %-7s %-7s %-36s %s\n", "ID", "LEVEL", "DEFAULT", "NAME", "SUMMARY (LEVEL: in force on "+cfg.AsOf.Format("2006-01-02")+")")
	for _, r := range all {
		state := ""
		if r.DefaultOff {
			state = " (off by default)"
		}
		fmt.Fprintf(w, "%-8s %-7s %-7s %-36s %s%s\n", r.ID, r.LevelOn(cfg), r.Level, r.Name, r.Summary, state)
	}
}
