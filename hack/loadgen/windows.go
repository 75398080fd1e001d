package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tally-operator/tally/internal/testenv"
)

// reportWindows prints purchases/s and their p99 for each window of the run, and how the last
// 20 s compare with the first 20 s: a run whose throughput falls as it goes shows it here, not
// in its average. Only whole windows are printed.
func reportWindows(out io.Writer, st *stats, elapsed time.Duration) {
	if st.window <= 0 || len(st.windows) == 0 {
		return
	}
	whole := min(len(st.windows), int(elapsed/st.window))
	if whole == 0 {
		return
	}
	fmt.Fprintf(out, "\n%8s %12s %9s\n", "window", "purchases/s", "p99 ms")
	for i := range whole {
		w := st.windows[i]
		fmt.Fprintf(out, "%7.0fs %12.0f %9.1f\n", (time.Duration(i+1) * st.window).Seconds(), float64(w.events)/st.window.Seconds(), p99(w.latencies))
	}
	span := int((20 * time.Second) / st.window)
	if span > 0 && whole >= 2*span {
		first, last := windowRate(st.windows[:span], st.window), windowRate(st.windows[whole-span:whole], st.window)
		fmt.Fprintf(out, "last %s against first %s: %.0f against %.0f purchases/s (%+.1f%%)\n", time.Duration(span)*st.window, time.Duration(span)*st.window,
			last, first, 100*(last-first)/first)
	}
}

func windowRate(ws []windowStats, window time.Duration) float64 {
	var n int64
	for _, w := range ws {
		n += w.events
	}
	return float64(n) / (time.Duration(len(ws)) * window).Seconds()
}

func p99(l []time.Duration) float64 {
	if len(l) == 0 {
		return 0
	}
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	return float64(l[min(int(0.99*float64(len(l))), len(l)-1)].Microseconds()) / 1000
}

// pgbenchAnchor runs hack/pgbench-anchor.sh (pgbench TPC-B on a private PostgreSQL) and
// returns its tps: the figure this run's throughput is read beside.
func pgbenchAnchor() (float64, error) {
	fmt.Println("pgbench TPC-B first (scale 10, 8 clients, 30 s), as the anchor...")
	out, err := exec.Command(filepath.Join(testenv.RepoRoot(), "hack", "pgbench-anchor.sh")).Output()
	if err != nil {
		return 0, fmt.Errorf("hack/pgbench-anchor.sh: %w", err)
	}
	line := strings.TrimSpace(string(out))
	fmt.Println(line)
	f := strings.Fields(strings.TrimSuffix(line, " tps"))
	if len(f) == 0 {
		return 0, fmt.Errorf("hack/pgbench-anchor.sh printed %q", line)
	}
	return strconv.ParseFloat(f[len(f)-1], 64)
}

// useLedgerSettings makes the PostgreSQL servers this process starts (the -local one, and the
// anchor's through hack/pgbench-anchor.sh, which reads the same file) take the settings of
// hack/postgres-ledger.conf, before those of TALLY_PG_CONF.
func useLedgerSettings() error {
	conf, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "hack", "postgres-ledger.conf"))
	if err != nil {
		return err
	}
	return os.Setenv("TALLY_PG_CONF", string(conf)+"\n"+os.Getenv("TALLY_PG_CONF"))
}
