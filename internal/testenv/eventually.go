package testenv

import (
	"testing"
	"time"
)

// Eventually calls check every interval until it returns nil, and fails the test with the
// last error once timeout has passed: for state that a controller or a cluster reaches in
// its own time.
func Eventually(t testing.TB, timeout, interval time.Duration, what string, check func() error) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := check()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s: %v", what, timeout, err)
		}
		time.Sleep(interval)
	}
}
