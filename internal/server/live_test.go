package server_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A rule set published while requests run is in effect within a second, and no request fails.
func TestPublishUnderLoad(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	old := compile(t, "coffee")
	next := compile(t, "coffee")
	// The new rule set gives sign-ins 7 points instead of 5.
	for i := range next.Rules {
		if next.Rules[i].Name == "sign-in" {
			seven := int64(7)
			next.Rules[i].Points.Fixed = &seven
			next.Rules[i].Caps = nil
		}
	}
	next.Version = "next-version"

	ctx, stop := context.WithCancel(context.Background())
	var failed, sent atomic.Int64
	var wg sync.WaitGroup
	var publishedAt atomic.Int64
	var firstNew atomic.Int64
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				status, out := a.do("POST", "/v1/events", map[string]any{"id": fmt.Sprint("w", w, "-", i), "member": fmt.Sprint("m-", w, "-", i), "type": "sign_in"})
				sent.Add(1)
				if status != 200 {
					failed.Add(1)
					t.Errorf("request failed during publication: %d %v", status, out)
					continue
				}
				if out["rulesetVersion"] == "next-version" {
					if num(out["points"]) != 7 {
						t.Errorf("new version, %v points", out["points"])
					}
					firstNew.CompareAndSwap(0, time.Now().UnixNano())
				} else if out["rulesetVersion"] != old.Version {
					t.Errorf("version %v", out["rulesetVersion"])
				}
			}
		})
	}
	time.Sleep(500 * time.Millisecond)
	publishedAt.Store(time.Now().UnixNano())
	if err := a.ledger.Publish(context.Background(), next); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(3 * time.Second)
	for firstNew.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	stop()
	wg.Wait()
	if firstNew.Load() == 0 {
		t.Fatal("the new rule set was never used")
	}
	took := time.Duration(firstNew.Load() - publishedAt.Load())
	t.Logf("%d requests, %d failed; the new rule set was in effect %v after publication", sent.Load(), failed.Load(), took)
	if took > time.Second {
		t.Errorf("the new rule set took %v to take effect; want under a second", took)
	}
	a.verify()
}
