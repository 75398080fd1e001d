package ledger_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// A batch of at least ledger.CopyFrom postings writes its new rows with COPY, a smaller one
// with INSERT. Posted one by one into one ledger and all at once into another, the same
// operations leave the same rows: every column of postings, entries, lots and stored results,
// NULLs, empty strings, far-off timestamps and text that needs escaping included.
func TestLargeBatchesWriteWhatSmallOnesDo(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 14, 15, 9, 26, 535897000, time.UTC)
	opts := ledger.Options{Now: func() time.Time { return now }}
	small, smallPool := newLedger(t, opts)
	large, largePool := newLedger(t, opts)

	expires := time.Date(2290, 12, 31, 23, 59, 59, 999999000, time.UTC)
	var ops []ledger.Op
	for i := range ledger.CopyFrom {
		member := fmt.Sprintf("m-%d\t\\\"é", i%20)
		awards := []ledger.Award{{Rule: "purchase", Points: int64(10 + i)}}
		if i%3 == 0 {
			awards = append(awards, ledger.Award{Rule: "bonus\nline", Points: 5, ExpiresAt: &expires})
		}
		ops = append(ops, ledger.Credit{Key: fmt.Sprintf("c%d", i), Member: member, EventID: fmt.Sprintf("e%d", i),
			RulesetVersion: "v1", Reason: "purchase", OccurredAt: now, Awards: awards, Spend: "12.50"})
		if i%4 == 3 {
			ops = append(ops, ledger.Debit{Key: fmt.Sprintf("d%d", i), Member: member, Kind: ledger.DebitRedeem,
				Points: 7, Reason: "coffee", Actor: "till 4"})
		}
		if i%8 == 5 {
			ops = append(ops, ledger.Credit{Key: fmt.Sprintf("a%d", i), Member: member, Adjustment: true,
				Awards: []ledger.Award{{Points: 3}}})
		}
	}
	for _, op := range ops {
		if r := post(t, small, op); r.Err != nil {
			t.Fatalf("%+v: %v", op, r.Err)
		}
	}
	res, err := large.Post(ctx, ops)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Err != nil {
			t.Fatalf("%+v: %v", ops[i], r.Err)
		}
	}

	// Posting ids depend on how many ids each batch reserved, so rows name their posting by
	// its idempotency key, and stored results are compared without the ids they contain.
	for _, q := range []string{
		`SELECT idempotency_key, kind, member_id, points, event_id, ruleset_version, reason, actor, ref,
		        allocations IS NOT NULL, jsonb_array_length(allocations), shortfall, created_at
		 FROM program.postings ORDER BY 1`,
		`SELECT p.idempotency_key, e.seq, e.account, e.member_id, e.amount, e.rule
		 FROM program.entries e JOIN program.postings p ON p.id = e.posting_id ORDER BY 1, 2`,
		`SELECT p.idempotency_key, l.seq, l.member_id, l.event_id, l.event_keyed, l.rule, l.amount, l.remaining,
		        l.reversed, l.earned_at, l.expires_at
		 FROM program.lots l JOIN program.postings p ON p.id = l.posting_id ORDER BY 1, 2`,
		`SELECT member_id, day, rule, points, awards, spend, growth_value FROM program.member_daily ORDER BY 1, 2, 3`,
		`SELECT id, balance, held FROM program.members ORDER BY 1`,
	} {
		want, got := tableRows(t, smallPool, q), tableRows(t, largePool, q)
		if len(want) == 0 {
			t.Fatalf("%s: no rows", q)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s\nwritten in one batch:\n%v\nwritten one by one:\n%v", q, got, want)
		}
	}
	if want, got := storedResults(t, smallPool), storedResults(t, largePool); !reflect.DeepEqual(got, want) {
		t.Errorf("stored results written in one batch:\n%v\nwritten one by one:\n%v", got, want)
	}
	var lotsExpiring int
	if err := largePool.QueryRow(ctx, `SELECT count(*) FROM program.lots WHERE expires_at = $1`, expires).Scan(&lotsExpiring); err != nil || lotsExpiring == 0 {
		t.Errorf("no lot expires at %s (%v): the timestamp did not survive COPY", expires, err)
	}
	verify(t, small)
	verify(t, large)
}

func tableRows(t *testing.T, pool *pgxpool.Pool, q string) [][]any {
	t.Helper()
	rows, err := pool.Query(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		v, err := rows.Values()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// storedResults returns every key's request hash and stored result, without the posting id.
func storedResults(t *testing.T, pool *pgxpool.Pool) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, row := range tableRows(t, pool, `SELECT key, request_hash, response FROM program.idempotency`) {
		r, err := ledger.DecodeResult(row[2].([]byte))
		if err != nil {
			t.Fatalf("stored result of %s: %v", row[0], err)
		}
		r.PostingID = 0
		js, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		out[row[0].(string)] = fmt.Sprintf("%x %s", row[1], js)
	}
	if len(out) == 0 {
		t.Fatal("no stored results")
	}
	return out
}
