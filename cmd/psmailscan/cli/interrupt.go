package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
)

// exitInterrupted is the exit code after Ctrl-C (128 + SIGINT), when the
// report of what was done so far has been written.
const exitInterrupted = 130

// runContext, when set, replaces the Ctrl-C context (tests).
var runContext func() (context.Context, context.CancelFunc)

// runHook, when set, receives the progress and the cancel function of a
// scan or inventory run (tests cancel from prog.AfterEach, as Ctrl-C would).
var runHook func(prog *pipeline.Progress, cancel context.CancelFunc)

// interruptible returns the context a run stops on at the first Ctrl-C
// (or SIGTERM). The default handling comes back after it, so a second
// Ctrl-C ends the process at once. Call cancel when the run is done.
func interruptible(prog *pipeline.Progress) (ctx context.Context, cancel context.CancelFunc) {
	if runContext != nil {
		ctx, cancel = runContext()
	} else {
		ctx, cancel = signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	}
	if runHook != nil {
		runHook(prog, cancel)
	}
	go func() {
		<-ctx.Done()
		cancel() // stops catching the signal
	}()
	return ctx, cancel
}
