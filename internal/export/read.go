package export

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// Cursor is where a sink is in the journal: every change committed in Done was delivered, and
// of those committed in Upto but not in Done, the ones up to seq After.
type Cursor struct {
	Done  string // a pg_snapshot, as text
	Upto  string // "" until a reading takes one
	After int64
}

// Journal reads a program's changes.
type Journal struct {
	pool   *pgxpool.Pool
	ident  string
	schema string
}

// NewJournal reads the changes of the program kept in schema.
func NewJournal(pool *pgxpool.Pool, schema string) (*Journal, error) {
	if err := ledger.ValidateSchema(schema); err != nil {
		return nil, err
	}
	return &Journal{pool: pool, schema: schema, ident: pgx.Identifier{schema}.Sanitize()}, nil
}

func (j *Journal) q(sql string) string { return strings.ReplaceAll(sql, "{s}", j.ident) }

// Now is a cursor from which only the changes committed from now on are new.
func (j *Journal) Now(ctx context.Context) (Cursor, error) {
	var snap string
	if err := j.pool.QueryRow(ctx, `SELECT pg_current_snapshot()::text`).Scan(&snap); err != nil {
		return Cursor{}, fmt.Errorf("take a snapshot: %w", err)
	}
	return Cursor{Done: snap}, nil
}

// Read returns up to limit changes new to c, in order, and the cursor after them. When c has
// none left in the snapshot it works through, it takes a new one first.
func (j *Journal) Read(ctx context.Context, c Cursor, limit int) ([]Change, Cursor, error) {
	if c.Upto == "" {
		var snap string
		if err := j.pool.QueryRow(ctx, `SELECT pg_current_snapshot()::text`).Scan(&snap); err != nil {
			return nil, c, fmt.Errorf("take a snapshot: %w", err)
		}
		c.Upto, c.After = snap, 0
	}
	from, err := snapshotXmin(c.Done)
	if err != nil {
		return nil, c, err
	}
	to, err := snapshotXmax(c.Upto)
	if err != nil {
		return nil, c, err
	}
	args := []any{from, to, c.Done, c.Upto, c.After, limit}
	const window = `txid >= $1 AND txid < $2
		AND NOT pg_visible_in_snapshot(txid::text::xid8, $3::pg_snapshot)
		AND pg_visible_in_snapshot(txid::text::xid8, $4::pg_snapshot)`
	rows, err := j.pool.Query(ctx, j.q(`
		SELECT id, kind, member_id, points, coalesce(event_id, ''), coalesce(ruleset_version, ''), reason, actor, ref,
		       shortfall, created_at, entry_accounts, entry_amounts, entry_rules
		FROM {s}.postings WHERE `+window+` AND id > $5 ORDER BY id LIMIT $6`), args...)
	if err != nil {
		return nil, c, fmt.Errorf("read postings: %w", err)
	}
	var changes []Change
	var lastPosting int64
	n := 0
	for rows.Next() {
		var p Posting
		var kind, member string
		var accounts, rules []string
		var amounts []int64
		if err := rows.Scan(&p.PostingID, &kind, &member, &p.Points, &p.EventID, &p.RulesetVersion, &p.Reason, &p.Actor, &p.Ref,
			&p.Shortfall, &p.At, &accounts, &amounts, &rules); err != nil {
			rows.Close()
			return nil, c, err
		}
		n++
		lastPosting = p.PostingID
		k := postingKind(ledger.PostingKind(kind), p.Points, accounts)
		if k == "" {
			continue
		}
		p.Kind, p.Rules = kind, rulePoints(accounts, amounts, rules)
		if p.EventID != "" && kind == string(ledger.PostingCredit) {
			p.EventType = p.Reason
		}
		data, err := json.Marshal(p)
		if err != nil {
			rows.Close()
			return nil, c, err
		}
		changes = append(changes, Change{ID: "p" + strconv.FormatInt(p.PostingID, 10), Seq: p.PostingID, Kind: k, Member: member, Time: p.At, Data: data})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, c, fmt.Errorf("read postings: %w", err)
	}
	postingsFull := n == limit

	rows, err = j.pool.Query(ctx, j.q(`
		SELECT id, seq, kind, member_id, created_at, body FROM {s}.notices WHERE `+window+` AND seq > $5 ORDER BY seq LIMIT $6`), args...)
	if err != nil {
		return nil, c, fmt.Errorf("read notices: %w", err)
	}
	notices := 0
	var lastNotice int64
	for rows.Next() {
		var ch Change
		var id int64
		var kind string
		if err := rows.Scan(&id, &ch.Seq, &kind, &ch.Member, &ch.Time, &ch.Data); err != nil {
			rows.Close()
			return nil, c, err
		}
		notices++
		lastNotice = ch.Seq
		ch.ID, ch.Kind = "n"+strconv.FormatInt(id, 10), Kind(kind)
		changes = append(changes, ch)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, c, fmt.Errorf("read notices: %w", err)
	}
	noticesFull := notices == limit
	sort.Slice(changes, func(a, b int) bool { return changes[a].Seq < changes[b].Seq })

	// Both lists are complete up to the smaller of their last seqs when either is cut at
	// limit: changes beyond it wait for the next reading. When neither is cut, the snapshot is
	// worked through.
	next := c
	switch {
	case postingsFull || noticesFull:
		bound := int64(1<<63 - 1)
		if postingsFull {
			bound = lastPosting
		}
		if noticesFull {
			bound = min(bound, lastNotice)
		}
		kept := changes[:0]
		for _, ch := range changes {
			if ch.Seq <= bound {
				kept = append(kept, ch)
			}
		}
		changes, next.After = kept, bound
	default:
		next = Cursor{Done: c.Upto}
	}
	return changes, next, nil
}

func snapshotXmin(s string) (int64, error) {
	part, _, ok := strings.Cut(s, ":")
	if !ok {
		return 0, fmt.Errorf("snapshot %q is not xmin:xmax:xip", s)
	}
	return strconv.ParseInt(part, 10, 64)
}

func snapshotXmax(s string) (int64, error) {
	parts := strings.SplitN(s, ":", 3)
	if len(parts) != 3 {
		return 0, fmt.Errorf("snapshot %q is not xmin:xmax:xip", s)
	}
	return strconv.ParseInt(parts[1], 10, 64)
}

// sinkState is a sink's row of export_cursors.
type sinkState struct {
	Cursor
	Delivered     int64
	LastDelivered *time.Time
	FailingSince  *time.Time
	LastError     string
	DeadLetters   int64
}
