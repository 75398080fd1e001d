package ledger_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
)

// Run with:
//
//	go test ./internal/ledger -run '^$' -bench Credit -benchtime 20000x
//
// Each benchmark reports credits per second through Post, with 32 concurrent callers against
// the private PostgreSQL (synchronous_commit on), as the ledger service would call it.

var benchKeys atomic.Int64

func benchCredit(member int) ledger.Credit {
	k := fmt.Sprintf("bench-%d", benchKeys.Add(1))
	return ledger.Credit{Key: k, Member: fmt.Sprintf("m%d", member), EventID: k, OccurredAt: testDay, RulesetVersion: "v1",
		Awards: []ledger.Award{{Rule: "purchase", Points: 128}}, Spend: "128.50"}
}

func BenchmarkCreditSingle(b *testing.B) { benchmarkCredits(b, 1, true) }

func BenchmarkCreditBatch100(b *testing.B) { benchmarkCredits(b, 100, true) }

// The same without the check PostgreSQL runs on every posting (postings_balanced, migration
// 0020): what the check costs, measured beside the benchmarks above in the same run.
func BenchmarkCreditSingleUnchecked(b *testing.B) { benchmarkCredits(b, 1, false) }

func BenchmarkCreditBatch100Unchecked(b *testing.B) { benchmarkCredits(b, 100, false) }

func benchmarkCredits(b *testing.B, batch int, checked bool) {
	l, pool := newLedger(b, ledger.Options{})
	ctx := context.Background()
	if !checked {
		if _, err := pool.Exec(ctx, `ALTER TABLE program.postings DROP CONSTRAINT postings_balanced`); err != nil {
			b.Fatal(err)
		}
	}
	var next atomic.Int64
	b.SetParallelism(16) // 32 callers on 2 cores
	start := time.Now()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		ops := make([]ledger.Op, 0, batch)
		flush := func() {
			if len(ops) == 0 {
				return
			}
			res, err := l.Post(ctx, ops)
			if err != nil {
				b.Error(err)
			}
			for _, r := range res {
				if r.Err != nil {
					b.Error(r.Err)
				}
			}
			ops = ops[:0]
		}
		for pb.Next() {
			ops = append(ops, benchCredit(int(next.Add(7919)%100000)))
			if len(ops) == batch {
				flush()
			}
		}
		flush()
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "credits/s")
	verify(b, l)
}
