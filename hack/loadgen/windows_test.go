package main

import (
	"strings"
	"testing"
	"time"
)

// A run whose purchases fall from 4,000/s to 3,000/s says so in its windows and in the
// comparison of its last 20 s with its first; a window cut short by the run's end is left out.
func TestWindowsShowAFall(t *testing.T) {
	st := &stats{window: 10 * time.Second}
	for _, n := range []int64{40000, 40000, 35000, 30000, 30000, 500} {
		st.windows = append(st.windows, windowStats{events: n, latencies: []time.Duration{time.Duration(n) * time.Microsecond}})
	}
	var out strings.Builder
	reportWindows(&out, st, 50*time.Second+500*time.Millisecond)
	got := out.String()
	for _, want := range []string{"     10s         4000      40.0", "     50s         3000      30.0",
		"last 20s against first 20s: 3000 against 4000 purchases/s (-25.0%)"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "60s") {
		t.Errorf("the window the run's end cut short is printed:\n%s", got)
	}
}
