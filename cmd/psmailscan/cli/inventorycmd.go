package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/config"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

// runInventory implements `psmailscan inventory [flags] PATH…`.
func runInventory(args []string, stdout, stderr io.Writer) int {
	c := newCommand("inventory", "usage: psmailscan inventory [flags] PATH...\n\nOne row per script: how it sends mail, SMTP servers, TLS, credentials, Exchange Online\nrelevance, findings, migration verdict and modules.", "")
	fs := c.fs
	format := fs.StringP("format", "f", inventoryFormats.Default(), "report format: "+inventoryFormats.Names())
	output := fs.StringP("output", "o", "", "write the report to this file instead of standard output")
	jobs := fs.IntP("jobs", "j", 0, "files scanned in parallel (default: all cores)")
	maxSize := fs.Int64("max-file-size", 10<<20, "files larger than this many bytes are listed as skipped")
	shard := fs.String("shard", "", "scan only shard I of N (I/N, by path hash); combine the JSON reports with psmailscan merge")
	asOf := fs.String("as-of", "", "date (YYYY-MM-DD) that date-dependent levels use (default: today, UTC)")
	assumeTLS12 := fs.Bool("assume-tls12-configured", false, "the machines enable TLS 1.2 outside the scripts")
	relays := fs.StringArray("trusted-relay", nil, "SMTP host accepted for clear-text submission (MAIL003); repeatable")
	noProgress := fs.Bool("no-progress", false, "never draw the progress bar (it is drawn only when stderr is a terminal)")
	modulePath := fs.StringArray("module-path", nil, "folder of modules kept outside the scanned tree: indexed so that calls of their functions resolve, not reported; repeatable")
	linkBase := fs.String("link-base", "", "html: link each path to its source below this URL or folder (a repository's blob URL, \\\\server\\share)")
	configFile := fs.String("config", "", "settings file to use (default: "+config.FileName+" found by walking up from the first PATH)")
	noConfig := fs.Bool("no-config", false, "ignore settings files")
	include := fs.StringArray("include", nil, "inventory only files matching this glob (doublestar, case-insensitive, relative to each PATH); repeatable")
	exclude := fs.StringArray("exclude", nil, "skip files and folders matching this glob; repeatable")
	gitignore := fs.Bool("gitignore", false, "also skip what .gitignore files in the scanned folders exclude")
	if code, done := c.parse(args, stdout, stderr); done {
		return code
	}
	if code, done := c.atLeast(stderr, "jobs", int64(*jobs), 1); done {
		return code
	}
	if code, done := c.atLeast(stderr, "max-file-size", *maxSize, 1); done {
		return code
	}
	writeReport := inventoryFormats.Lookup(*format)
	if writeReport == nil {
		return usageError(stderr, "inventory: unknown --format %q (want %s)", *format, inventoryFormats.Names())
	}
	shardI, shardN, err := parseShard(*shard)
	if err != nil {
		return usageError(stderr, "inventory: --shard: %v", err)
	}
	cfg := &rules.Config{AsOf: time.Now().UTC(), AssumeTls12Configured: *assumeTLS12, TrustedRelays: *relays}
	if *asOf != "" {
		t, err := time.Parse("2006-01-02", *asOf)
		if err != nil {
			return usageError(stderr, "inventory: --as-of wants a date like 2026-12-31, not %q", *asOf)
		}
		cfg.AsOf = t
	}
	cfg.AsOf = time.Date(cfg.AsOf.Year(), cfg.AsOf.Month(), cfg.AsOf.Day(), 0, 0, 0, 0, time.UTC)
	paths := fs.Args()
	if len(paths) == 0 {
		return usageError(stderr, "inventory: give the folders or files to inventory")
	}
	for _, p := range paths {
		if p == "-" {
			return usageError(stderr, "inventory: standard input is not supported; give paths")
		}
	}

	// The settings file gives what the inventory has flags for: LinkBase,
	// TrustedRelays, AssumeTls12Configured, IncludePaths and ExcludePaths
	// (flags win or add).
	if !*noConfig {
		path := *configFile
		if path == "" {
			path = config.Find(paths[0])
		}
		if path != "" {
			settings, err := config.Load(path)
			if err != nil {
				return usageError(stderr, "inventory: %v", err)
			}
			if *linkBase == "" {
				*linkBase = settings.LinkBase
			}
			*modulePath = append(append([]string(nil), settings.ModulePath...), *modulePath...)
			cfg.TrustedRelays = append(append([]string(nil), settings.TrustedRelays...), cfg.TrustedRelays...)
			cfg.AssumeTls12Configured = cfg.AssumeTls12Configured || settings.AssumeTls12Configured
			*include = append(append([]string(nil), settings.IncludePaths...), *include...)
			*exclude = append(append([]string(nil), settings.ExcludePaths...), *exclude...)
		}
	}
	filter, err := pipeline.NewFilter(*include, *exclude, *gitignore)
	if err != nil {
		return usageError(stderr, "inventory: %v", err)
	}
	if err := inventory.CheckLinkBase(*linkBase); err != nil {
		return usageError(stderr, "inventory: %v", err)
	}

	start := time.Now()
	disc := pipeline.Discover(paths, filter)
	defer disc.Close()
	entries := disc.Entries
	var shardInfo *inventory.Shard
	if shardN > 0 {
		shardInfo = &inventory.Shard{Index: shardI, Count: shardN, Entries: len(entries)}
		entries = pipeline.Shard(entries, shardI, shardN)
	}
	// Every shard indexes the whole tree (the other shards' files are
	// summarized, not reported), so that its rows hold the cross-file facts
	// a single run would give them.
	others, closeOthers, err := indexOthers(disc.Entries, entries, *modulePath)
	defer closeOthers()
	if err != nil {
		return usageError(stderr, "inventory: %v", err)
	}
	root := inventory.CommonRoot(paths)
	prog := &pipeline.Progress{Total: len(entries)}
	for _, e := range entries {
		if !e.Skip.Skipped() && (*maxSize <= 0 || e.Size <= *maxSize) {
			prog.TotalBytes += e.Size
		}
	}

	ctx, cancel := interruptible(prog)
	defer cancel()
	stopBar := func() {}
	if !*noProgress && isTerminal(stderr) {
		stopBar = pipeline.ProgressBar(stderr, prog, 200*time.Millisecond)
	}
	opts := &scan.Options{Config: cfg, Enabled: rules.EnabledByDefault, MaxFileSize: *maxSize}
	rows, notDone := inventory.Run(ctx, entries, *jobs, opts, prog, &inventory.IndexOptions{Others: others, Root: root})
	stopBar()
	cancel()

	rep := inventory.NewReport(Version, cfg.AsOf.Format("2006-01-02"), *maxSize, rows)
	rep.Root = root
	rep.Shard = shardInfo
	rep.Interrupted = notDone > 0
	code := exitOK
	err = writeOutput(*output, stdout, func(out io.Writer) error {
		return writeReport(out, inventoryReport{rep, inventory.HTMLOptions{LinkBase: *linkBase}})
	})
	if err != nil {
		fmt.Fprintf(stderr, "psmailscan: writing the report: %v\n", err)
		code = exitTrouble
	}
	elapsed := time.Since(start)
	s := rep.Summary
	where := ""
	if shardInfo != nil {
		where = fmt.Sprintf(" shard %d/%d (%d of %d entries)", shardI, shardN, len(entries), shardInfo.Entries)
	}
	if disc.Excluded > 0 {
		where += fmt.Sprintf(" (%s left out by --include, --exclude or .gitignore)", counted(disc.Excluded, "file"))
	}
	fmt.Fprintf(stderr, "psmailscan inventory%s: %d entries: %d scanned (%d with syntax errors), %d skipped; %d send mail; %d ready, %d rewrite available, %d manual, %d no mail; %.1f s, %.1f MB/s\n",
		where, s.Entries, s.Scanned, s.ParseErrors, s.Skipped, s.SendingMail, s.ByVerdict[inventory.VerdictReady],
		s.ByVerdict[inventory.VerdictRewrite], s.ByVerdict[inventory.VerdictManual], s.ByVerdict[inventory.VerdictNoMail], elapsed.Seconds(),
		float64(s.ScannedBytes)/1e6/max(elapsed.Seconds(), 1e-9))
	internal := 0
	for _, r := range rows {
		for _, ie := range r.InternalErrors {
			internal++
			fmt.Fprintf(stderr, "psmailscan: %s: internal error: %s\n", r.Path, ie)
		}
	}
	if notDone > 0 {
		fmt.Fprintf(stderr, "psmailscan inventory: interrupted: %d of %d entries done; the report lists the other %d as %q\n",
			len(rows)-notDone, len(rows), notDone, pipeline.Interrupted.String())
		if code == exitOK {
			code = exitInterrupted
		}
	}
	if code == exitOK && internal > 0 {
		code = exitTrouble
	}
	return code
}

// parseShard reads I/N (1 <= I <= N); "" means no sharding (0, 0).
func parseShard(s string) (int, int, error) {
	if s == "" {
		return 0, 0, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return 0, 0, fmt.Errorf("want I/N with 1 <= I <= N, like 2/5, not %q", s)
	}
	return i, n, nil
}

// isTerminal reports whether w is a terminal (not a file, a pipe or
// /dev/null) that draws the ANSI sequences of the progress bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && ansiTerminal(f)
}
