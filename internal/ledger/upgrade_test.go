package ledger_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
)

// previousRelease is the newest release fixture (testdata/release-N.sql, written by
// TestGenerateReleaseFixture) of a schema version before this build's, and its version.
func previousRelease(t *testing.T) (string, int) {
	t.Helper()
	files, err := filepath.Glob("testdata/release-*.sql")
	if err != nil {
		t.Fatal(err)
	}
	best, version := "", 0
	for _, f := range files {
		var v int
		if _, err := fmt.Sscanf(filepath.Base(f), "release-%04d.sql", &v); err == nil && v < ledger.LatestVersion() && v > version {
			best, version = f, v
		}
	}
	if best == "" {
		t.Fatalf("no release fixture before schema version %d in testdata", ledger.LatestVersion())
	}
	return strings.TrimSuffix(best, ".sql"), version
}

// The previous release's ledger, with a few months of a program's activity, upgrades to this
// one: every pending migration applies, the books still balance, every member has the points
// and tier they had, and the ledger carries on from there with events, refunds of events of
// the previous release, redemptions and an erasure.
func TestUpgradeFromThePreviousRelease(t *testing.T) {
	ctx := context.Background()
	fixture, from := previousRelease(t)
	db := pg.NewDatabase(t)
	restore := exec.Command(pgBin(t, "psql"), "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--single-transaction",
		"--file", fixture+".sql", db)
	var stderr bytes.Buffer
	restore.Stderr = &stderr
	if err := restore.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("restore %s.sql: %v\n%s", fixture, err, stderr.String())
	}
	pool, err := ledger.NewPool(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)

	ms, err := ledger.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	for _, m := range ms {
		if m.Version > from {
			want = append(want, m.Version)
		}
	}
	pending, started, err := ledger.Pending(ctx, pool, "program")
	if err != nil || !started || !slices.Equal(pending, want) {
		t.Fatalf("pending on the previous release's schema: %v (started %v, %v); want %v", pending, started, err, want)
	}
	applied, err := ledger.Migrate(ctx, pool, "program")
	if err != nil || !slices.Equal(applied, want) {
		t.Fatalf("upgrade from schema version %d applied %v, %v; want %v", from, applied, err, want)
	}

	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2026, 5, 4, 10, 0, 0, 0, shanghai)}
	l, err := ledger.New(pool, "program", ledger.Options{Location: shanghai, Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	verify(t, l)
	expected, err := os.ReadFile(fixture + ".expected")
	if err != nil {
		t.Fatal(err)
	}
	if got := expectedText(t, pool); got != string(expected) {
		t.Fatalf("members after the upgrade:\n%s\nwant, as the previous release left them:\n%s", got, expected)
	}

	// The ledger carries on: the active rule set is the previous release's.
	rs, err := l.ActiveRuleset(ctx)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(rs)
	if err != nil {
		t.Fatal(err)
	}
	before := balance(t, l, "member-02").Available
	r := mustPost(t, l, ledger.Earn{Engine: eng, Event: engine.Event{ID: "after-upgrade-1", Member: "member-02", Type: "purchase",
		Amount: "100.00", Currency: "CNY", OccurredAt: c.t}})
	if r.Points <= 0 || balance(t, l, "member-02").Available != before+r.Points {
		t.Errorf("a purchase after the upgrade: %+v; balance %d before", r, before)
	}
	// A refund of a purchase the previous release recorded reverses what it earned then.
	old, ok, err := l.EventResult(ctx, "order-02-big")
	if err != nil || !ok {
		t.Fatalf("the previous release's event order-02-big: %v, %v", ok, err)
	}
	if rev := mustPost(t, l, ledger.Reverse{Key: "refund-after-upgrade", EventID: "order-02-big", Engine: eng}); -rev.Points+rev.Shortfall != old.Points {
		t.Errorf("refund of order-02-big took %d (shortfall %d); it earned %d", -rev.Points, rev.Shortfall, old.Points)
	}
	mustPost(t, l, ledger.Redeem{Key: "redeem-after-upgrade", RedemptionID: "rd-after-upgrade", Member: "member-04", SKU: "free-drink", Quantity: 1, Engine: eng})
	if _, err := l.Erase(ctx, "member-05", "privacy-desk", "erasure after the upgrade"); err != nil {
		t.Fatal(err)
	}
	verify(t, l)
}
