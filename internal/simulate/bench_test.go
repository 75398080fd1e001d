package simulate_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/simulate"
)

// BenchmarkSimulate records a month of activity once (TALLY_SIM_MEMBERS members, 2,000 by
// default; 100,000 record about a million events), then times simulations of it: reading
// the month and replaying it with both rule sets. make bench-simulate runs it at a million.
func BenchmarkSimulate(b *testing.B) {
	members := 2000
	if s := os.Getenv("TALLY_SIM_MEMBERS"); s != "" {
		var err error
		if members, err = strconv.Atoi(s); err != nil {
			b.Fatalf("TALLY_SIM_MEMBERS=%q: %v", s, err)
		}
	}
	ctx := context.Background()
	active, proposed := compile(b, activeFiles()), compile(b, proposedFiles())
	recording := time.Now()
	pool := recordMonth(b, active, members, 0.75, 3)
	b.Logf("recorded %d members' month in %s", members, time.Since(recording).Round(time.Second))
	runtime.GC() // the workload's memory is not the simulation's
	heap := heapPeak()
	var report *simulate.Report
	b.ResetTimer()
	for b.Loop() {
		var err error
		if report, err = simulate.Run(ctx, pool, simulate.Options{Schema: "program", From: november, To: november.AddDate(0, 1, 0), Proposed: proposed}); err != nil {
			b.Fatal(err)
		}
	}
	peak := heap()
	elapsed := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(report.Events), "events")
	b.ReportMetric(float64(report.Events)/elapsed.Seconds(), "events/s")
	b.Logf("simulated %d events (%d members) in %s: %.0f events/s; the heap grew by at most %d MiB",
		report.Events, report.Members, elapsed.Round(time.Millisecond), float64(report.Events)/elapsed.Seconds(), peak>>20)
}

// heapPeak samples the heap every 100 ms until stop is called, and then says the most the
// heap held above what it held at the start.
func heapPeak() (stop func() uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak - base
	}
}
