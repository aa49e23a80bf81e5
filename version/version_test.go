package version

import (
	"runtime/debug"
	"testing"
)

func TestResolve(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	const rev = "0123456789abcdef0123456789abcdef01234567"
	for _, tc := range []struct {
		name, stamp string
		info        *debug.BuildInfo
		want        string
	}{
		{"release stamp wins", "v9.9.9", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}}, "9.9.9"},
		{"stamp without v", "1.2.3", nil, "1.2.3"},
		{"go install @v0.3.0", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}}, "0.3.0"},
		{"go install pseudo-version", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261207182822-0123456789ab"}}, "0.0.0-20261207182822-0123456789ab"},
		{"clone, go 1.24+ dirty", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.1-0.20261207182822-0123456789ab+dirty"}}, "0.3.1-0.20261207182822-0123456789ab+dirty"},
		{"clone, revision only", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs", "git", "vcs.revision", rev, "vcs.time", "2026-12-07T18:28:22Z", "vcs.modified", "false")}, "0.0.0-20261207182822-0123456789ab"},
		{"clone, revision dirty", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", rev, "vcs.modified", "true")}, "0.0.0-0123456789ab+dirty"},
		{"clone, odd time", "", &debug.BuildInfo{Settings: vcs("vcs.revision", "abc", "vcs.time", "yesterday")}, "0.0.0-abc"},
		{"no vcs (-buildvcs=false)", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, Unknown},
		{"no build info", "", nil, Unknown},
		{"blank stamp ignored", "  ", &debug.BuildInfo{Main: debug.Module{Version: "v1.0.0"}}, "1.0.0"},
	} {
		if got := resolve(tc.stamp, tc.info); got != tc.want {
			t.Errorf("%s: resolve = %q, want %q", tc.name, got, tc.want)
		}
	}
}
