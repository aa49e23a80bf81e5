package pipeline

// SetHooks injects errors into the listing of folders and the opening of
// files (for the external tests), and returns the function that removes them.
func SetHooks(openDir, beforeOpen func(path string) error) (restore func()) {
	testHookOpenDir, testHookBeforeOpen = openDir, beforeOpen
	return func() { testHookOpenDir, testHookBeforeOpen = nil, nil }
}

// SetProgress sets the counters of p (for the progress line test).
func SetProgress(p *Progress, done int, bytes int64) {
	p.done.Store(int64(done))
	p.bytes.Store(bytes)
}

// ProgressLine exports progressLine for the tests.
var ProgressLine = progressLine
