package ledger

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Options are the program's policies that the ledger applies.
type Options struct {
	// AllowNegative lets penalties and reversals take a member below zero.
	AllowNegative bool
	// Location is the program's time zone: daily counters and reports follow its days.
	// Nil means UTC.
	Location *time.Location
	// HoldTTL is how long a hold lasts unless the Hold says otherwise. Zero means 15 minutes.
	HoldTTL time.Duration
	// Now is the clock; nil means time.Now. Tests move it.
	Now func() time.Time
}

// Ledger is one program's ledger, in one PostgreSQL schema.
type Ledger struct {
	pool   *pgxpool.Pool
	schema string
	ident  string
	opts   Options
}

// New returns the ledger kept in schema, which Migrate must have brought up to date.
func New(pool *pgxpool.Pool, schema string, opts Options) (*Ledger, error) {
	if err := ValidateSchema(schema); err != nil {
		return nil, err
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	if opts.HoldTTL <= 0 {
		opts.HoldTTL = 15 * time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Ledger{pool: pool, schema: schema, ident: pgx.Identifier{schema}.Sanitize(), opts: opts}, nil
}

// NewPool connects to the database at url with the settings the ledger relies on. Its
// statements look rows up by arrays of keys in tables that start empty and grow fast; a
// prepared statement's generic plan, fixed while a table was small, would keep scanning it
// whole long after it has grown, so every execution is planned for its own arguments. Post
// and View, whose plans sequential scans cannot enter, keep theirs instead (see keyedTx).
//
// JIT compilation is off: a plan for a batch's arrays of keys can look costly enough to the
// planner to compile, and compiling took 100 ms where running the statement took 2.
func NewPool(ctx context.Context, url string) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	for name, value := range map[string]string{"plan_cache_mode": "force_custom_plan", "jit": "off"} {
		if _, set := cfg.ConnConfig.RuntimeParams[name]; !set {
			cfg.ConnConfig.RuntimeParams[name] = value
		}
	}
	cfg.AfterConnect = func(_ context.Context, c *pgx.Conn) error {
		registerArrayCodecs(c.TypeMap())
		return nil
	}
	return pgxpool.NewWithConfig(ctx, cfg)
}

// Schema is the PostgreSQL schema of the ledger.
func (l *Ledger) Schema() string { return l.schema }

// q puts the ledger's schema into a statement written with {s}.table.
func (l *Ledger) q(sql string) string { return strings.ReplaceAll(sql, "{s}", l.ident) }

func (l *Ledger) now() time.Time { return l.opts.Now().UTC().Truncate(time.Microsecond) }

// Post applies ops in one transaction and returns one result per op, in order. The error is
// for failures of the whole batch (the database is unreachable, the context ended); then the
// batch can be retried with the same keys, which replay what was applied.
//
// An operation that the database refuses (a value it cannot store, a constraint it breaks)
// fails alone: the batch is split in halves, each posted on its own, until the operation is
// alone, and it gets that refusal as its result. The others commit in their order, so the
// operations of one member still apply in the order given.
func (l *Ledger) Post(ctx context.Context, ops []Op) ([]Result, error) {
	res, err := l.postAttempts(ctx, ops)
	var refused *pgconn.PgError
	if err == nil || !errors.As(err, &refused) || !refusedData(refused) || ctx.Err() != nil {
		return res, err
	}
	if len(ops) == 1 {
		return []Result{{Err: opErr(CodeRefused, "the database refused the operation: %s (SQLSTATE %s)", refused.Message, refused.Code)}}, nil
	}
	half := len(ops) / 2
	first, err := l.Post(ctx, ops[:half])
	if err != nil {
		return nil, err
	}
	second, err := l.Post(ctx, ops[half:])
	if err != nil {
		return nil, err
	}
	return append(first, second...), nil
}

// refusedData reports errors that come from an operation's data rather than from the
// database's state: data exceptions (class 22), integrity constraint violations (23) and
// program limits (54). Connection failures and the like fail every operation alike, and are
// not worth splitting a batch for.
func refusedData(err *pgconn.PgError) bool {
	switch err.Code[:2] {
	case "22", "23", "54":
		return true
	}
	return false
}

// postAttempts is Post without splitting: up to five attempts at the whole batch.
func (l *Ledger) postAttempts(ctx context.Context, ops []Op) ([]Result, error) {
	if len(ops) == 0 {
		return nil, nil
	}
	lookFirst := false
	for attempt := 1; ; attempt++ {
		res, err := l.post(ctx, ops, lookFirst, false)
		if err == nil || attempt == 5 || !retryable(err) {
			return res, err
		}
		// A key was found recorded: the next attempt looks the keys up before applying.
		lookFirst = lookFirst || errors.Is(err, errKeyRace)
	}
}

// Judge decides op exactly as Post would now, on the member's state as it is (their tier,
// counters, caps, activity and badges, under the member's lock), and writes nothing: the
// transaction is rolled back. A key already recorded gives its stored result, as a retry
// would. Only the posting ids it reports are drawn for good (sequences do not roll back).
func (l *Ledger) Judge(ctx context.Context, op Op) (Result, error) {
	res, err := l.post(ctx, []Op{op}, true, true)
	if err != nil {
		return Result{}, err
	}
	return res[0], nil
}

// PostOne applies a single operation; the result's Err says whether it succeeded.
func (l *Ledger) PostOne(ctx context.Context, op Op) (Result, error) {
	res, err := l.Post(ctx, []Op{op})
	if err != nil {
		return Result{}, err
	}
	return res[0], nil
}

// retryable reports failures that a new attempt of the same transaction can get past: a key
// found recorded, an allotment changed, a member erased under the batch, and a deadlock, which the locking order makes rare
// (see lockMembers) and a new attempt gets past.
func retryable(err error) bool {
	if errors.Is(err, errKeyRace) || errors.Is(err, errStockChanged) || errors.Is(err, errMemberRenamed) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "40001", "40P01": // serialization_failure, deadlock_detected
			return true
		}
	}
	return false
}

func (l *Ledger) begin(ctx context.Context) (pgx.Tx, error) {
	return l.beginTx(ctx, pgx.TxOptions{})
}

// keyedTx begins the transactions of Post (and readKeyed those of View and Member), whose
// statements all find their rows by key. Their plans are made once per connection (a generic
// plan) instead of at every execution, which the pool's force_custom_plan asks for: with a
// few operations a commit, planning took as long as running them. A plan kept for the life
// of a connection must not depend on how big the tables were when it was made, or one made
// while a table was nearly empty would read the whole table long after it has grown; with
// sequential scans off while these statements are planned, the planner takes the indexes
// whatever the tables' sizes.
// TestKeyedStatementsScanNoTable holds every statement of Post, View and Member to that.
var keyedTx = pgx.TxOptions{BeginQuery: "BEGIN; " + strings.Join(keyedSettings, "; ")}

var keyedSettings = []string{"SET LOCAL plan_cache_mode = force_generic_plan", "SET LOCAL enable_seqscan = off"}

// readKeyed runs a read of one row by key as keyedTx would, in one round trip: BEGIN with
// keyedTx's settings, the statement and COMMIT are sent together. As three round trips,
// member reads made a third of the server's with one event per request. scan gets the row,
// or pgx.ErrNoRows from its Scan.
func (l *Ledger) readKeyed(ctx context.Context, scan func(pgx.Row) error, sql string, args ...any) error {
	c, err := l.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer c.Release()
	q := &pgx.Batch{}
	q.Queue("BEGIN")
	for _, set := range keyedSettings {
		q.Queue(set)
	}
	q.Queue(sql, args...)
	q.Queue("COMMIT")
	br := c.SendBatch(ctx, q)
	for range 1 + len(keyedSettings) {
		if _, err = br.Exec(); err != nil {
			break
		}
	}
	if err == nil {
		err = scan(br.QueryRow())
		if _, commitErr := br.Exec(); commitErr != nil && (err == nil || errors.Is(err, pgx.ErrNoRows)) {
			err = commitErr
		}
	}
	if closeErr := br.Close(); err == nil {
		err = closeErr
	}
	// A statement that failed left the transaction open and aborted: end it, so that the
	// connection goes back to the pool instead of being closed.
	if c.Conn().PgConn().TxStatus() != 'I' {
		_, _ = c.Exec(ctx, "ROLLBACK")
	}
	return err
}

func (l *Ledger) beginTx(ctx context.Context, opts pgx.TxOptions) (pgx.Tx, error) {
	tx, err := l.pool.BeginTx(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return tx, nil
}
