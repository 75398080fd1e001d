package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/server"
	"github.com/tally-operator/tally/internal/testenv"
)

var pg *testenv.Postgres

func TestMain(m *testing.M) {
	var err error
	pg, err = testenv.StartPostgres()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = pg.Stop()
	os.Exit(code)
}

const token = "s3cret-token"

// api is a running ledger API over a fresh database with a brand's sample rule set.
type api struct {
	t      testing.TB
	url    string
	pool   *pgxpool.Pool
	ledger *ledger.Ledger
	server *server.Server
}

func compile(t testing.TB, brand string) *ruleset.Ruleset { return testenv.SampleRuleset(t, brand) }

func startAPI(t testing.TB, brand string, now func() time.Time) *api {
	t.Helper()
	ctx := context.Background()
	pool, err := ledger.NewPool(ctx, pg.NewDatabase(t)+"&pool_max_conns=20")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}
	l, err := ledger.New(pool, "program", ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if brand != "" {
		if err := l.Publish(ctx, compile(t, brand)); err != nil {
			t.Fatal(err)
		}
	}
	tokenFile := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokenFile, []byte("old-token\n"+token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(server.Config{Pool: pool, Schema: "program", TokenFile: tokenFile, Now: now, Poll: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Load(ctx); err != nil {
		t.Fatal(err)
	}
	watchCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { srv.Watch(watchCtx); close(done) }()
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { hs.Close(); srv.Close(); stop(); <-done })
	return &api{t: t, url: hs.URL, pool: pool, ledger: l, server: srv}
}

// do sends a request with the token and returns the status and decoded body.
func (a *api) do(method, path string, body any) (int, map[string]any) {
	a.t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			a.t.Fatal(err)
		}
		r = bytes.NewReader(raw)
	}
	return a.raw(method, path, r, "Bearer "+token)
}

func (a *api) raw(method, path string, body io.Reader, auth string) (int, map[string]any) {
	a.t.Helper()
	req, err := http.NewRequest(method, a.url+path, body)
	if err != nil {
		a.t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := map[string]any{}
	if len(raw) > 0 && raw[0] == '{' {
		if err := json.Unmarshal(raw, &out); err != nil {
			a.t.Fatalf("%s %s: %v: %s", method, path, err, raw)
		}
	} else {
		out["text"] = string(raw)
	}
	return resp.StatusCode, out
}

// must sends a request that must succeed with status want.
func (a *api) must(want int, method, path string, body any) map[string]any {
	a.t.Helper()
	status, out := a.do(method, path, body)
	if status != want {
		a.t.Fatalf("%s %s: status %d, want %d: %v", method, path, status, want, out)
	}
	return out
}

// writes counts the rows of every table an API call can write, to show that refused
// requests change nothing.
func (a *api) writes() string {
	a.t.Helper()
	var s string
	err := a.pool.QueryRow(context.Background(), `SELECT concat_ws(',',
		(SELECT count(*) FROM program.postings), (SELECT count(*) FROM program.entries), (SELECT count(*) FROM program.lots),
		(SELECT count(*) FROM program.members), (SELECT count(*) FROM program.idempotency), (SELECT count(*) FROM program.holds),
		(SELECT count(*) FROM program.redemptions), (SELECT count(*) FROM program.member_daily),
		(SELECT coalesce(sum(redeemed), 0) FROM program.stock), (SELECT coalesce(sum(balance), 0) FROM program.members),
		(SELECT count(*) FROM program.notices), (SELECT acked FROM program.notice_cursor))`).Scan(&s)
	if err != nil {
		a.t.Fatal(err)
	}
	return s
}

func (a *api) verify() {
	a.t.Helper()
	rs, err := a.ledger.ActiveRuleset(context.Background())
	if err != nil {
		a.t.Fatal(err)
	}
	l, err := ledger.New(a.pool, "program", ledger.Options{AllowNegative: rs.Program.AllowNegative})
	if err != nil {
		a.t.Fatal(err)
	}
	problems, err := l.Verify(context.Background())
	if err != nil {
		a.t.Fatal(err)
	}
	for _, p := range problems {
		a.t.Error(p)
	}
}

func num(v any) int64 {
	f, _ := v.(float64)
	return int64(f)
}

// profiles sums up what the profile routes write: the profiles and their history.
func (a *api) profiles() string {
	a.t.Helper()
	var s string
	err := a.pool.QueryRow(context.Background(), `SELECT concat_ws(',',
		(SELECT count(*) FROM program.profile_history),
		(SELECT string_agg(id || birthday || attributes::text || coalesce(segments::text, '') || coalesce(referred_by, ''), ';' ORDER BY id) FROM program.members))`).Scan(&s)
	if err != nil {
		a.t.Fatal(err)
	}
	return s
}
