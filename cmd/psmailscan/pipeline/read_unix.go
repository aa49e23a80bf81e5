//go:build unix

package pipeline

import (
	"io/fs"
	"syscall"
)

// readDirect reads a file with plain system calls: open, fstat, read
// until end of file, close. Through os.OpenFile, a file opened without
// blocking is also offered to the network poller (an epoll_ctl that fails
// for a regular file, and an fcntl), and gets a finalizer: two more system
// calls per file, which on the dev corpus were a third of the time spent
// reading. ok is false when the caller must take the os path instead (a
// path longer than the system takes).
func readDirect(path string, max int64) (raw []byte, skip Skip, ok bool) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err == syscall.ENAMETOOLONG {
		return nil, Skip{}, false
	}
	if err != nil {
		return nil, openSkip(&fs.PathError{Op: "open", Path: path, Err: err}), true
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, Skip{SkipUnreadableFile, ErrText(&fs.PathError{Op: "stat", Path: path, Err: err})}, true
	}
	switch uint32(st.Mode) & syscall.S_IFMT {
	case syscall.S_IFREG:
	case syscall.S_IFIFO:
		return nil, notRegular(fs.ModeNamedPipe), true
	case syscall.S_IFSOCK:
		return nil, notRegular(fs.ModeSocket), true
	case syscall.S_IFCHR, syscall.S_IFBLK:
		return nil, notRegular(fs.ModeDevice), true
	default:
		return nil, notRegular(fs.ModeIrregular), true
	}
	if max > 0 && st.Size > max {
		return nil, TooLarge(max), true
	}
	raw = make([]byte, 0, st.Size+512)
	for {
		room := raw[len(raw):cap(raw)]
		if max > 0 && int64(len(raw)+len(room)) > max+1 {
			room = room[:max+1-int64(len(raw))] // as io.LimitReader(f, max+1)
		}
		if len(room) == 0 {
			break
		}
		n, err := syscall.Read(fd, room)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, Skip{SkipUnreadableFile, ErrText(&fs.PathError{Op: "read", Path: path, Err: err})}, true
		}
		if n == 0 {
			break
		}
		raw = raw[:len(raw)+n]
		if len(raw) == cap(raw) {
			raw = append(raw, 0)[:len(raw)]
		}
	}
	if max > 0 && int64(len(raw)) > max {
		return nil, TooLarge(max), true // it grew while we read it
	}
	return raw, Skip{}, true
}
