package sarif

import "testing"

// TestFileURI: Windows inputs are converted on every OS (RFC 8089).
func TestFileURI(t *testing.T) {
	for _, tc := range []struct {
		path    string
		windows bool
		want    string
	}{
		{`C:\Scripts\send.ps1`, true, "file:///C:/Scripts/send.ps1"},
		{`C:/Scripts/send.ps1`, true, "file:///C:/Scripts/send.ps1"},
		{`c:\Users\Jürgen Müller\Mail Jobs\a#1.ps1`, true, "file:///c:/Users/J%C3%BCrgen%20M%C3%BCller/Mail%20Jobs/a%231.ps1"},
		{`D:\`, true, "file:///D:/"},
		{`\\server\share\scripts\send.ps1`, true, "file://server/share/scripts/send.ps1"},
		{`\\fs01.corp.example\IT Share\x.psm1`, true, "file://fs01.corp.example/IT%20Share/x.psm1"},
		{`//server/share/x.ps1`, true, "file://server/share/x.ps1"},
		{`\\?\C:\very\long\path.ps1`, true, "file:///C:/very/long/path.ps1"},
		{`\\?\UNC\server\share\x.ps1`, true, "file://server/share/x.ps1"},
		{`\\.\C:\x.ps1`, true, "file:///C:/x.ps1"},
		{"/home/admin/mail jobs/x.ps1", false, "file:///home/admin/mail%20jobs/x.ps1"},
		{"/srv/50%/a?b.ps1", false, "file:///srv/50%25/a%3Fb.ps1"},
		// A backslash is part of a Unix file name, not a separator.
		{`/tmp/odd\name.ps1`, false, "file:///tmp/odd%5Cname.ps1"},
		{"/", false, "file:///"},
	} {
		if got := FileURI(tc.path, tc.windows); got != tc.want {
			t.Errorf("FileURI(%q, windows=%v) = %q, want %q", tc.path, tc.windows, got, tc.want)
		}
	}
}

func TestRelativeURI(t *testing.T) {
	for _, tc := range []struct {
		path    string
		windows bool
		want    string
	}{
		{`Scripts\Mail\send.ps1`, true, "Scripts/Mail/send.ps1"},
		{`Scripts/Mail/send.ps1`, true, "Scripts/Mail/send.ps1"},
		{`Mail Jobs\Jürgen.psd1`, true, "Mail%20Jobs/J%C3%BCrgen.psd1"},
		{"Scripts/Mail/send.ps1", false, "Scripts/Mail/send.ps1"},
		{`odd\name.ps1`, false, "odd%5Cname.ps1"},
		// Not a scheme: a colon in the first segment is encoded.
		{"a:b.ps1", false, "a%3Ab.ps1"},
		{"dir/a:b.ps1", false, "dir/a:b.ps1"},
	} {
		if got := RelativeURI(tc.path, tc.windows); got != tc.want {
			t.Errorf("RelativeURI(%q, windows=%v) = %q, want %q", tc.path, tc.windows, got, tc.want)
		}
	}
}
