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

// Cursor is where a sink is in the journal: every change committed in Done was delivered;
// of those committed in Upto but not in Done (the window), the ones up to seq After were, and
// none has a seq above Last.
type Cursor struct {
	Done  string // a pg_snapshot, as text
	Upto  string // "" until a reading opens the next window
	After int64
	Last  int64
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

// window selects the rows of the transactions that snapshot $3 did not see committed and
// snapshot $4 does; $1 and $2 bound their transaction ids for the block range indexes.
const window = `txid >= $1 AND txid < $2
	AND NOT pg_visible_in_snapshot(txid::text::xid8, $3::pg_snapshot)
	AND pg_visible_in_snapshot(txid::text::xid8, $4::pg_snapshot)`

// span is how many seqs one reading covers at most: each reads a range of the window by the
// postings' primary key, so that its cost does not grow with the window.
const span = 20000

// Read returns up to limit changes new to c, in order, and the cursor after them. When c has
// worked through its window, it opens the next: a new snapshot, and the range of seqs of the
// changes committed between the two, found once.
func (j *Journal) Read(ctx context.Context, c Cursor, limit int) ([]Change, Cursor, error) {
	if c.Upto == "" {
		var snap string
		if err := j.pool.QueryRow(ctx, `SELECT pg_current_snapshot()::text`).Scan(&snap); err != nil {
			return nil, c, fmt.Errorf("take a snapshot: %w", err)
		}
		c.Upto = snap
		args, err := windowArgs(c)
		if err != nil {
			return nil, c, err
		}
		var first, last *int64
		if err := j.pool.QueryRow(ctx, j.q(`
			SELECT min(lo), max(hi) FROM (
				SELECT min(id) AS lo, max(id) AS hi FROM {s}.postings WHERE `+window+`
				UNION ALL
				SELECT min(seq), max(seq) FROM {s}.notices WHERE `+window+`) w`), args...).Scan(&first, &last); err != nil {
			return nil, c, fmt.Errorf("open a window of the journal: %w", err)
		}
		if first == nil {
			return nil, Cursor{Done: c.Upto}, nil // nothing was committed meanwhile
		}
		c.After, c.Last = *first-1, *last
	}
	args, err := windowArgs(c)
	if err != nil {
		return nil, c, err
	}
	to := min(c.After+span, c.Last)
	args = append(args, c.After, to, limit)
	rows, err := j.pool.Query(ctx, j.q(`
		SELECT p.id, p.kind, p.member_id, p.points, coalesce(p.event_id, ''), coalesce(p.ruleset_version, ''), p.reason, p.actor, p.ref,
		       p.shortfall, p.created_at, p.entry_accounts, p.entry_amounts, p.entry_rules,
		       d.attributes, d.items, i.response
		FROM (SELECT * FROM {s}.postings WHERE id > $5 AND id <= $6 AND `+window+` ORDER BY id LIMIT $7) p
		-- Looked up one by one for the rows taken (OFFSET 0 keeps the planner from joining
		-- the whole tables): a hash join over the idempotency keys took most of a reading.
		LEFT JOIN LATERAL (SELECT attributes, items FROM {s}.event_details WHERE posting_id = p.id OFFSET 0) d ON true
		LEFT JOIN LATERAL (SELECT response FROM {s}.idempotency
		                   WHERE p.kind = 'credit' AND p.event_id IS NOT NULL AND key = 'event:' || p.event_id OFFSET 0) i ON true
		ORDER BY p.id`), args...)
	if err != nil {
		return nil, c, fmt.Errorf("read postings: %w", err)
	}
	var changes []Change
	var lastPosting int64
	n := 0
	for rows.Next() {
		var p Posting
		var kind, member string
		var stored []byte
		var accounts, rules []string
		var amounts []int64
		if err := rows.Scan(&p.PostingID, &kind, &member, &p.Points, &p.EventID, &p.RulesetVersion, &p.Reason, &p.Actor, &p.Ref,
			&p.Shortfall, &p.At, &accounts, &amounts, &rules, &p.Attributes, &p.Items, &stored); err != nil {
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
		if r, err := ledger.DecodeResult(stored); len(stored) > 0 && err == nil && r.Earned != nil && r.PostingID == p.PostingID {
			p.Amount = r.Earned.Amount
			if at := r.Earned.OccurredAt; !at.IsZero() {
				p.OccurredAt = &at
			}
		}
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
		SELECT id, seq, kind, member_id, created_at, body FROM {s}.notices
		WHERE seq > $5 AND seq <= $6 AND `+window+` ORDER BY seq LIMIT $7`), args...)
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
	// limit; otherwise up to the end of the range read.
	bound := to
	if postingsFull {
		bound = min(bound, lastPosting)
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
	next := c
	next.After = bound
	if bound >= c.Last {
		next = Cursor{Done: c.Upto}
	}
	return kept, next, nil
}

// windowArgs are the first four arguments of window for c.
func windowArgs(c Cursor) ([]any, error) {
	from, err := snapshotXmin(c.Done)
	if err != nil {
		return nil, err
	}
	to, err := snapshotXmax(c.Upto)
	if err != nil {
		return nil, err
	}
	return []any{from, to, c.Done, c.Upto}, nil
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
	// Pending is when the oldest change not yet accepted was made, as far as the sink
	// knows; nil when a reading last found nothing new.
	Pending     *time.Time
	LastError   string
	DeadLetters int64
}
