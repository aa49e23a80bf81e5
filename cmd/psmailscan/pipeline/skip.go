package pipeline

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"syscall"
)

// SkipKind is why an entry was not scanned. Every command reports the
// same kind, with the same text, for the same case.
type SkipKind uint8

// The kinds of skip, in the order of the steps that find them.
const (
	NotSkipped SkipKind = iota
	// Discovery.
	SkipNoSuchFile            // an argument that does not exist
	SkipUnreadableFolder      // a folder that could not be opened or listed
	SkipPartialFolder         // a folder listed only in part (its entries read are still walked)
	SkipBrokenLink            // a symbolic link to nothing
	SkipLinkLoop              // a symbolic link that resolves to itself
	SkipLinkToEnclosingFolder // a folder link back up the tree (not followed)
	SkipLinkToFolder          // any other folder link (not followed)
	SkipNotRegular            // a named pipe, socket or device with a script name
	// Reading.
	SkipVanished       // deleted between discovery and reading
	SkipUnreadableFile // could not be opened or read
	SkipTooLarge       // larger than --max-file-size
	SkipNotText        // binary content
	// Scanning.
	SkipInternalError       // the scan of this file panicked
	SkipInternalParserError // the parser gave up with an internal error
	SkipInterrupted         // Ctrl-C came before the file was scanned
)

// Skip is a typed skip reason, with the detail some kinds carry (the
// operating system's error text, the kind of special file, the size limit).
type Skip struct {
	Kind   SkipKind
	Detail string
}

// Skipped reports whether s is a reason (the zero Skip is "not skipped").
func (s Skip) Skipped() bool { return s.Kind != NotSkipped }

// String is the reason as every report writes it.
func (s Skip) String() string {
	paren := func(text string) string {
		if s.Detail == "" {
			return text
		}
		return text + " (" + s.Detail + ")"
	}
	switch s.Kind {
	case NotSkipped:
		return ""
	case SkipNoSuchFile:
		return "no such file or directory"
	case SkipUnreadableFolder:
		return paren("unreadable folder")
	case SkipPartialFolder:
		return paren("could not list the whole folder")
	case SkipBrokenLink:
		return "broken symbolic link"
	case SkipLinkLoop:
		return "symbolic link loop (too many levels of symbolic links)"
	case SkipLinkToEnclosingFolder:
		return "symbolic link loop (points to an enclosing folder; not followed)"
	case SkipLinkToFolder:
		return "symbolic link to a folder (not followed)"
	case SkipNotRegular:
		return paren("not a regular file")
	case SkipVanished:
		return "vanished before it could be read (no such file or directory)"
	case SkipUnreadableFile:
		return paren("unreadable file")
	case SkipTooLarge:
		return "larger than --max-file-size (" + s.Detail + " bytes)"
	case SkipNotText:
		return "not a text script (binary content)"
	case SkipInternalError:
		return "internal error"
	case SkipInternalParserError:
		return "internal parser error"
	case SkipInterrupted:
		return "not scanned: interrupted"
	}
	return paren("skipped")
}

// Trouble reports the skips that mean a file exists, or was named, and
// could not be read: scan exits with code 3 for them. Folder links that
// are not followed, files over the size limit, binary files and
// interrupted runs are decisions, not trouble; internal errors are
// counted on their own.
func (s Skip) Trouble() bool {
	switch s.Kind {
	case SkipNoSuchFile, SkipUnreadableFolder, SkipPartialFolder, SkipBrokenLink, SkipLinkLoop,
		SkipNotRegular, SkipVanished, SkipUnreadableFile:
		return true
	}
	return false
}

// TooLarge is the skip of a file over the limit of max bytes.
func TooLarge(max int64) Skip { return Skip{SkipTooLarge, strconv.FormatInt(max, 10)} }

// Interrupted is the skip of the entries Ctrl-C kept from being scanned.
var Interrupted = Skip{Kind: SkipInterrupted}

// ErrText is the short text of a file-system error: "permission denied",
// not "open C:\…\x.ps1: Access is denied.".
func ErrText(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// notRegular is the skip of a script-named entry that is not a file.
func notRegular(m fs.FileMode) Skip {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return Skip{SkipNotRegular, "named pipe"}
	case m&fs.ModeSocket != 0:
		return Skip{SkipNotRegular, "socket"}
	case m&fs.ModeDevice != 0:
		return Skip{SkipNotRegular, "device"}
	}
	return Skip{Kind: SkipNotRegular}
}

// statSkip is the skip of a path os.Stat failed on (an argument, or a
// link followed by path).
func statSkip(err error) Skip {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return Skip{Kind: SkipLinkLoop}
	case errors.Is(err, fs.ErrNotExist):
		if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
			if _, lerr := os.Lstat(pe.Path); lerr == nil {
				return Skip{Kind: SkipBrokenLink}
			}
		}
		return Skip{Kind: SkipNoSuchFile}
	}
	return Skip{SkipUnreadableFile, ErrText(err)}
}

// openSkip is the skip of a discovered file that could not be opened.
func openSkip(err error) Skip {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Skip{Kind: SkipVanished}
	case errors.Is(err, syscall.ELOOP):
		return Skip{Kind: SkipLinkLoop}
	}
	return Skip{SkipUnreadableFile, ErrText(err)}
}

// folderSkip is the skip of a folder that could not be opened.
func folderSkip(err error) Skip { return Skip{SkipUnreadableFolder, ErrText(err)} }
