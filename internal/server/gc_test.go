package server

import (
	"runtime/debug"
	"testing"
)

func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	if pct, limit := TuneGC(1000 << 20); pct != GCPercent || limit != 900<<20 {
		t.Errorf("with no GOGC or GOMEMLIMIT: GC percent %d, memory limit %d; want %d and 90%% of 1000 MiB", pct, limit, GCPercent)
	}

	// What the environment set at start stays.
	debug.SetGCPercent(50)
	debug.SetMemoryLimit(1 << 30)
	t.Setenv("GOGC", "50")
	t.Setenv("GOMEMLIMIT", "1GiB")
	if pct, limit := TuneGC(1000 << 20); pct != 50 || limit != 1<<30 {
		t.Errorf("with GOGC=50 and GOMEMLIMIT=1GiB: GC percent %d, memory limit %d; want those", pct, limit)
	}
}
