package ledger_test

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/tally-operator/tally/internal/ledger"
)

// The pool's own encoding of text[] and bigint[] must reach the server as pgx's would.
func TestArraysReachTheServerIntact(t *testing.T) {
	ctx := context.Background()
	pool, err := ledger.NewPool(ctx, pg.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()

	for _, c := range []struct {
		name    string
		strings []string
		ints    []int64
	}{
		{"values", []string{"m-1", "", "Zoë 🎉", "a,b\"c", strings.Repeat("x", 5000)}, []int64{0, -1, math.MaxInt64, math.MinInt64, 42}},
		{"empty", []string{}, []int64{}},
		{"nil", nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var strs []string
			var ints []int64
			var strsNull, intsNull bool
			var n, m int
			err := pool.QueryRow(ctx, `SELECT $1::text[], $2::bigint[], $1::text[] IS NULL, $2::bigint[] IS NULL,
				coalesce(cardinality($1::text[]), -1), coalesce(cardinality($2::bigint[]), -1)`, c.strings, c.ints).
				Scan(&strs, &ints, &strsNull, &intsNull, &n, &m)
			if err != nil {
				t.Fatal(err)
			}
			if strsNull != (c.strings == nil) || intsNull != (c.ints == nil) {
				t.Errorf("NULL: text[] %v, bigint[] %v; want them NULL exactly when the slice is nil", strsNull, intsNull)
			}
			if c.strings != nil && (n != len(c.strings) || !slices.Equal(strs, c.strings)) {
				t.Errorf("text[]: %d elements %q; want %q", n, strs, c.strings)
			}
			if c.ints != nil && (m != len(c.ints) || !slices.Equal(ints, c.ints)) {
				t.Errorf("bigint[]: %d elements %v; want %v", m, ints, c.ints)
			}
		})
	}

	// A statement's other parameters, before and after an array, keep their values.
	var a, z string
	var got []string
	if err := pool.QueryRow(ctx, `SELECT $1::text, $2::text[], $3::text`, "first", []string{"x", "y"}, "last").Scan(&a, &got, &z); err != nil {
		t.Fatal(err)
	}
	if a != "first" || z != "last" || !slices.Equal(got, []string{"x", "y"}) {
		t.Errorf("got %q %q %q", a, got, z)
	}
}
