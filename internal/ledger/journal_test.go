package ledger_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
)

// monthsAhead is a ledger whose clock starts on the 10th of the month two months after the
// real one: the migration made the partitions of the real month and the next, and moved the
// posting ids there; the clock's months are the test's own.
func monthsAhead(t *testing.T) (*ledger.Ledger, *pgxpool.Pool, *clock) {
	t.Helper()
	start := time.Now().UTC().AddDate(0, 2, 0)
	c := &clock{t: time.Date(start.Year(), start.Month(), 10, 12, 0, 0, 0, time.UTC)}
	l, pool := newLedger(t, ledger.Options{Now: c.now})
	return l, pool, c
}

// nextMonth moves the clock a month on and rolls the journal to it, as the server does.
func nextMonth(t *testing.T, l *ledger.Ledger, c *clock) {
	t.Helper()
	c.t = c.t.AddDate(0, 1, 0)
	if err := l.RollJournal(context.Background(), c.t); err != nil {
		t.Fatal(err)
	}
}

func monthName(t time.Time) string { return fmt.Sprintf("%04d_%02d", t.UTC().Year(), t.UTC().Month()) }

// placement is, for each row of table, its id (or posting id), its partition and when it
// was made.
type placement struct {
	ID        int64
	Partition string
	CreatedAt time.Time
}

func placements(t *testing.T, pool *pgxpool.Pool, table, id string) []placement {
	t.Helper()
	rows, err := pool.Query(context.Background(), fmt.Sprintf(`
		SELECT r.%s, c.relname::text, r.created_at FROM program.%s r JOIN pg_class c ON c.oid = r.tableoid ORDER BY 1`, id, table))
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[placement])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Postings made over several months, each month rolled to as the server does, land in their
// month's partition, with ids of their month below 2^53, and so do their events' details; the
// books balance across the partitions.
func TestPostingsLandInTheirMonthsPartition(t *testing.T) {
	ctx := context.Background()
	l, pool, c := monthsAhead(t)
	e := sampleEngine(t, "coffee")
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	for month := range 4 {
		if month > 0 {
			nextMonth(t, l, c)
		}
		// Rolling twice changes nothing.
		if err := l.RollJournal(ctx, c.t); err != nil {
			t.Fatal(err)
		}
		tag := monthName(c.t)
		earned := mustPost(t, l, ledger.Earn{Engine: e, Event: purchase("order-"+tag, "ann", c.t, map[string]string{"store": "s-" + tag})})
		if earned.Points <= 0 {
			t.Fatalf("the purchase of %s earned %d", tag, earned.Points)
		}
		mustPost(t, l, earn("credit-"+tag, "bob", 40))
		mustPost(t, l, ledger.Debit{Key: "penalty-" + tag, Member: "bob", Kind: ledger.DebitPenalty, Points: 3})
		mustPost(t, l, ledger.Hold{Key: "hold-" + tag, HoldID: "h-" + tag, Member: "bob", Points: 5})
		mustPost(t, l, ledger.Capture{Key: "capture-" + tag, HoldID: "h-" + tag})
	}
	months := map[string]bool{}
	for _, p := range placements(t, pool, "postings", "id") {
		want := "postings_" + monthName(p.CreatedAt)
		months[want] = true
		if p.Partition != want {
			t.Errorf("posting %d of %s is in %s; want %s", p.ID, p.CreatedAt.Format(time.RFC3339), p.Partition, want)
		}
		if p.ID>>32 != ledger.JournalMonth(p.CreatedAt) || p.ID >= 1<<53 {
			t.Errorf("posting %d of %s: id of month %d; want month %d, below 2^53", p.ID, p.CreatedAt.Format(time.RFC3339), p.ID>>32, ledger.JournalMonth(p.CreatedAt))
		}
	}
	if len(months) != 4 {
		t.Errorf("postings in %d partitions: %v; want 4", len(months), months)
	}
	details := placements(t, pool, "event_details", "posting_id")
	if len(details) != 4 {
		t.Errorf("%d event details; want one per month's purchase", len(details))
	}
	for _, d := range details {
		if want := "event_details_" + monthName(d.CreatedAt); d.Partition != want {
			t.Errorf("the details of posting %d are in %s; want %s", d.ID, d.Partition, want)
		}
	}
	// Every partition has the journal's indexes, and the parent's are valid.
	var invalid int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_index WHERE indrelid = 'program.postings'::regclass AND NOT indisvalid`).Scan(&invalid); err != nil || invalid != 0 {
		t.Errorf("%d invalid indexes on postings, %v", invalid, err)
	}
	verify(t, l)

	// A member's statement reads across the months, newest first.
	lines, err := l.Statement(ctx, "bob", 0, 100)
	if err != nil || len(lines) != 16 {
		t.Fatalf("bob's statement: %d lines, %v; want 16", len(lines), err)
	}
	for i := 1; i < len(lines); i++ {
		if lines[i].PostingID >= lines[i-1].PostingID {
			t.Errorf("statement line %d (posting %d) after posting %d", i, lines[i].PostingID, lines[i-1].PostingID)
		}
	}
}

// purchase is a coffee purchase with attributes, which the ledger keeps in event_details.
func purchase(id, member string, at time.Time, attrs map[string]string) engine.Event {
	return engine.Event{ID: id, Member: member, Type: "purchase", Amount: "30.00", Currency: "CNY", OccurredAt: at, Attributes: attrs}
}

// The posting ids never move to a month whose partition other transactions cannot see yet: a
// sequence moves for everyone at once, a partition only when the transaction that made it
// commits, and a posting given an id of that month in between found no partition (a writer
// failed so while the migration ran). A roll that made the month's partition leaves the ids;
// the next, once it is committed, moves them.
func TestRollMovesIdsOnlyToACommittedPartition(t *testing.T) {
	ctx := context.Background()
	l, pool, c := monthsAhead(t)
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	var moved bool
	if err := tx.QueryRow(ctx, `SELECT program.roll_journal($1)`, c.t).Scan(&moved); err != nil || moved {
		t.Fatalf("a roll that made the month's partition: moved %v, %v; want the ids left", moved, err)
	}
	during := mustPost(t, l, earn("during", "ann", 5))
	if during.PostingID >= ledger.JournalMonthBase(c.t) {
		t.Errorf("a posting while the month's partition is not committed has id %d, of its month", during.PostingID)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := pool.QueryRow(ctx, `SELECT program.roll_journal($1)`, c.t).Scan(&moved); err != nil || !moved {
		t.Fatalf("the next roll: moved %v, %v; want the ids moved", moved, err)
	}
	after := mustPost(t, l, earn("after", "ann", 5))
	if after.PostingID>>32 != ledger.JournalMonth(c.t) {
		t.Errorf("a posting after the second roll has id %d, of month %d; want %d", after.PostingID, after.PostingID>>32, ledger.JournalMonth(c.t))
	}
	// The next month's partition was made with this one's. A statement that may have begun
	// before it was committed still runs (here, a transaction holding the journal's lock as
	// an INSERT does): the ids wait for it.
	c.t = c.t.AddDate(0, 1, 0)
	writer, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = writer.Rollback(ctx) }()
	if _, err := writer.Exec(ctx, `LOCK TABLE program.postings IN ROW EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	if err := pool.QueryRow(ctx, `SELECT program.roll_journal($1)`, c.t).Scan(&moved); err != nil || moved {
		t.Fatalf("a roll while a writer holds the journal: moved %v, %v; want the ids left", moved, err)
	}
	if waited := time.Since(began); waited > time.Second {
		t.Errorf("the roll waited %s for the writer; want a moment", waited)
	}
	if err := writer.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	if next := mustPost(t, l, earn("later", "ann", 5)); next.PostingID>>32 != ledger.JournalMonth(c.t) {
		t.Errorf("a posting once the writer is done has id %d, of month %d; want %d", next.PostingID, next.PostingID>>32, ledger.JournalMonth(c.t))
	}

	// Ledger.RollJournal makes both calls: a month ahead is taken in one go.
	c.t = c.t.AddDate(0, 3, 0)
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	if next := mustPost(t, l, earn("next", "ann", 5)); next.PostingID>>32 != ledger.JournalMonth(c.t) {
		t.Errorf("a posting after RollJournal to a new month has id %d, of month %d; want %d", next.PostingID, next.PostingID>>32, ledger.JournalMonth(c.t))
	}
	verify(t, l)
}

// When the journal is not rolled in time, a new month's postings keep the previous month's
// ids and partition: nothing fails, and the books balance.
func TestALateRollLeavesPostingsInThePreviousMonth(t *testing.T) {
	ctx := context.Background()
	l, pool, c := monthsAhead(t)
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	first := monthName(c.t)
	mustPost(t, l, earn("a", "ann", 10))
	c.t = c.t.AddDate(0, 1, 0) // no roll
	late := mustPost(t, l, earn("b", "ann", 10))
	if late.PostingID>>32 != ledger.JournalMonth(c.t)-1 {
		t.Errorf("a posting before the roll has id %d, of month %d; want the previous month's", late.PostingID, late.PostingID>>32)
	}
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	rolled := mustPost(t, l, earn("c", "ann", 10))
	got := map[int64]string{}
	for _, p := range placements(t, pool, "postings", "id") {
		got[p.ID] = p.Partition
	}
	if got[late.PostingID] != "postings_"+first || got[rolled.PostingID] != "postings_"+monthName(c.t) {
		t.Errorf("the late posting is in %s and the next in %s; want postings_%s and postings_%s",
			got[late.PostingID], got[rolled.PostingID], first, monthName(c.t))
	}
	verify(t, l)
}

// ann is the member of the archive scenes whose erasure is looked for everywhere: an id no
// other value of the schema holds.
const ann = "ann-q7x"

// archiveScene is a ledger with four months of postings of every kind that a later refund or
// cancellation reaches, the clock in the month after them.
type archiveScene struct {
	l      *ledger.Ledger
	pool   *pgxpool.Pool
	c      *clock
	months []time.Time
}

func newArchiveScene(t *testing.T) archiveScene {
	t.Helper()
	ctx := context.Background()
	l, pool, c := monthsAhead(t)
	if err := l.SetStock(ctx, "mug", ptr(int64(10))); err != nil {
		t.Fatal(err)
	}
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	s := archiveScene{l: l, pool: pool, c: c}
	for month := range 4 {
		if month > 0 {
			nextMonth(t, l, c)
		}
		s.months = append(s.months, c.t)
		tag := monthName(c.t)
		mustPost(t, l, earn("order-"+tag, ann, 100))
		mustPost(t, l, earn("gift-"+tag, "bob", 50))
		mustPost(t, l, ledger.Credit{Key: "spend-" + tag, Member: "cat", EventID: "spend-" + tag, OccurredAt: c.t,
			Awards: []ledger.Award{{Rule: "purchase", Points: 30}, {Rule: "bonus", Points: 5}}})
		mustPost(t, l, ledger.Redeem{Key: "redeem-" + tag, RedemptionID: "r-" + tag, Member: ann, SKU: "mug", Quantity: 1, Points: 20})
		mustPost(t, l, ledger.Hold{Key: "hold-" + tag, HoldID: "h-" + tag, Member: "bob", Points: 10, OrderAmount: "100"})
		mustPost(t, l, ledger.Capture{Key: "capture-" + tag, HoldID: "h-" + tag})
		mustPost(t, l, ledger.Debit{Key: "penalty-" + tag, Member: "cat", Kind: ledger.DebitPenalty, Points: 2})
	}
	nextMonth(t, l, c)
	verify(t, l)
	return s
}

// liability is what analytics_daily says the members hold: per rule and tier, the liability
// of its last day.
func liability(t *testing.T, pool *pgxpool.Pool) int64 {
	t.Helper()
	var points int64
	if err := pool.QueryRow(context.Background(), `
		SELECT coalesce(sum(liability_points), 0)::bigint FROM (
		  SELECT DISTINCT ON (rule, tier) liability_points FROM program.analytics_daily ORDER BY rule, tier, day DESC) d`).Scan(&points); err != nil {
		t.Fatal(err)
	}
	return points
}

// Archiving the first months takes their partitions out of the journal into tables of their
// own, carries their sums forward in the checkpoint, and the books still balance; refunds,
// cancellations and hold refunds of archived months still work; a changed checkpoint fails
// Verify.
func TestArchiveCarriesTheBooksForward(t *testing.T) {
	ctx := context.Background()
	s := newArchiveScene(t)
	l, pool := s.l, s.pool
	before := liability(t, pool)
	var postings int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.postings`).Scan(&postings); err != nil {
		t.Fatal(err)
	}
	if lines, err := l.Statement(ctx, ann, 0, 1000); err != nil || len(lines) != 8 {
		t.Fatalf("ann's statement before the archive: %d lines, %v", len(lines), err)
	}

	// The clock is in the fifth month: the first two months (and the partitions the migration
	// made, of earlier months) go.
	archived, err := l.Archive(ctx, s.months[2])
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var moved int64
	for _, a := range archived {
		names = append(names, a.Table)
		moved += a.Postings
		if a.To > ledger.JournalMonthBase(s.months[2]) {
			t.Errorf("archived %s, up to id %d, past the month before %s", a.Table, a.To, monthName(s.months[2]))
		}
	}
	for _, m := range s.months[:2] {
		want := "archived_postings_" + monthName(m)
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf("archived %v; want %s among them", names, want)
		}
	}
	var attached, detached int
	if err := pool.QueryRow(ctx, `
		SELECT count(*) FILTER (WHERE c.relispartition), count(*) FILTER (WHERE NOT c.relispartition)
		FROM program.journal_checkpoints j JOIN pg_class c ON c.oid IN (to_regclass('program.' || j.name), to_regclass('program.' || j.details))`).
		Scan(&attached, &detached); err != nil || attached != 0 || detached != 2*len(archived) {
		t.Errorf("archived tables: %d still attached, %d detached, %v; want all %d detached", attached, detached, err, 2*len(archived))
	}
	var left int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.postings`).Scan(&left); err != nil || left+moved != postings || moved == 0 {
		t.Errorf("%d postings left in the journal and %d archived, %v; want %d in all", left, moved, err, postings)
	}
	verify(t, l)
	if after := liability(t, pool); after != before {
		t.Errorf("analytics_daily's liability after the archive: %d; want %d as before", after, before)
	}
	// Statements stop at the archived months.
	if lines, err := l.Statement(ctx, ann, 0, 1000); err != nil || len(lines) != 4 {
		t.Errorf("ann's statement after the archive: %d lines, %v; want the 4 of the months left", len(lines), err)
	}
	// Rolling to an archived month makes no partition for it again.
	if err := l.RollJournal(ctx, s.months[0]); err != nil {
		t.Fatal(err)
	}
	var again int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_inherits WHERE inhparent = 'program.postings'::regclass
		AND inhrelid = to_regclass('program.postings_'||$1)`, monthName(s.months[0])).Scan(&again); err != nil || again != 0 {
		t.Errorf("rolling to an archived month attached %d partitions, %v", again, err)
	}

	// What reaches back into the archived months: a refund of an event, a redemption's
	// cancellation, a refund of a captured hold.
	first := monthName(s.months[0])
	rev := mustPost(t, l, ledger.Reverse{Key: "refund-old", EventID: "order-" + first, Points: 30})
	if rev.Points != -30 {
		t.Errorf("the refund of an archived month's event took %d; want 30", -rev.Points)
	}
	if r := mustPost(t, l, ledger.CancelRedemption{Key: "cancel-old", RedemptionID: "r-" + first}); r.Points != 20 {
		t.Errorf("the cancellation of an archived month's redemption gave back %d; want 20", r.Points)
	}
	if r := mustPost(t, l, ledger.RefundHold{Key: "refund-hold-old", HoldID: "h-" + first, Amount: "100"}); r.Points != 10 {
		t.Errorf("the refund of an archived month's hold gave back %d; want 10", r.Points)
	}
	verify(t, l)

	// A second archive carries the checkpoint forward.
	nextMonth(t, l, s.c)
	more, err := l.Archive(ctx, s.months[3])
	if err != nil || len(more) != 1 || more[0].Table != "archived_postings_"+monthName(s.months[2]) {
		t.Fatalf("the second archive: %+v, %v; want the third month", more, err)
	}
	verify(t, l)

	// A checkpoint changed by hand is found.
	if _, err := pool.Exec(ctx, `UPDATE program.journal_checkpoint_sums SET amount = amount + 7
		WHERE account = 'member' AND member_id = 'bob' AND rule = 'purchase'`); err != nil {
		t.Fatal(err)
	}
	problems, err := l.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var member, zero bool
	for _, p := range problems {
		member = member || strings.HasPrefix(p, "member balance differs") && strings.Contains(p, "member bob:")
		zero = zero || strings.HasPrefix(p, "the journal does not sum to zero")
	}
	if !member || !zero {
		t.Errorf("verify of a changed checkpoint: %q; want bob's balance and the journal's sum reported", problems)
	}
}

// The archive refuses, and changes nothing, when the months asked for reach the current or the
// previous one (before must be the previous month at the latest); when a partition holds postings of the month asked for (the journal was
// rolled late); while ids are still drawn in a partition to archive; and while an export
// sink has not read its postings.
func TestArchiveRefusesWhatIsStillInUse(t *testing.T) {
	ctx := context.Background()
	l, pool, c := monthsAhead(t)
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	// A sink whose last snapshot is older than every posting.
	if _, err := pool.Exec(ctx, `INSERT INTO program.export_cursors (sink, done) VALUES ('warehouse', pg_current_snapshot()::text)`); err != nil {
		t.Fatal(err)
	}
	first := c.t
	mustPost(t, l, earn("a", "ann", 10))
	c.t = c.t.AddDate(0, 1, 0) // not rolled: this posting stays in the first month's range
	mustPost(t, l, earn("b", "ann", 10))
	c.t = c.t.AddDate(0, 2, 0)

	refused := func(before time.Time, want string) {
		t.Helper()
		archived, err := l.Archive(ctx, before)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("archive before %s: %v, %v; want refused with %q", monthName(before), archived, err, want)
		}
	}
	refused(c.t, "the previous one stay")
	refused(c.t.AddDate(0, 1, 0), "the previous one stay")
	refused(first.AddDate(0, 1, 0), "roll the journal forward")
	if err := l.RollJournal(ctx, c.t); err != nil {
		t.Fatal(err)
	}
	refused(first.AddDate(0, 1, 0), "holds postings made in")
	refused(first.AddDate(0, 2, 0), "export sinks [warehouse]")
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.journal_checkpoints`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d checkpoints after refusals, %v; want none", n, err)
	}
	if _, err := pool.Exec(ctx, `UPDATE program.export_cursors SET done = pg_current_snapshot()::text`); err != nil {
		t.Fatal(err)
	}
	if archived, err := l.Archive(ctx, first.AddDate(0, 2, 0)); err != nil || len(archived) == 0 {
		t.Errorf("archive once the sink has read the months: %v, %v", archived, err)
	}
	verify(t, l)
}

// An erasure after an archive renames the member in the archived tables still in the schema,
// in the checkpoint, and in the lots, holds, redemptions and stored results of the archived
// postings, and deletes their events' details: the old id is in no row of the schema, archived
// tables included.
func TestEraseReachesArchivedMonths(t *testing.T) {
	ctx := context.Background()
	s := newArchiveScene(t)
	l, pool := s.l, s.pool
	e := sampleEngine(t, "coffee")
	// The details of an event name the member; so do those of one in an archived month.
	mustPost(t, l, ledger.Earn{Engine: e, Event: purchase("detailed", ann, s.c.t, map[string]string{"note": ann})})
	if _, err := pool.Exec(ctx, `INSERT INTO program.event_details (posting_id, occurred_at, attributes, created_at)
		SELECT id, created_at, jsonb_build_object('note', member_id), created_at FROM program.postings
		WHERE member_id = $1 AND kind = 'credit' AND id < $2`, ann, ledger.JournalMonthBase(s.months[2])); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Archive(ctx, s.months[2]); err != nil {
		t.Fatal(err)
	}
	if found := rowsHolding(t, pool, ann); len(found) == 0 {
		t.Fatal("the member is in no row before the erasure: the scan is not looking where it should")
	}
	erasure, err := l.Erase(ctx, ann, "privacy-desk", "erasure request")
	if err != nil {
		t.Fatal(err)
	}
	verify(t, l)
	for _, f := range rowsHolding(t, pool, ann) {
		t.Error(f)
	}
	var renamed int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.journal_checkpoint_sums WHERE member_id = $1`, erasure.Pseudonym).Scan(&renamed); err != nil || renamed == 0 {
		t.Errorf("checkpoint rows of the pseudonym: %d, %v; want the member's", renamed, err)
	}
}

// rowsHolding scans every column that can hold text (text, arrays, JSON, bytes) of every table
// of the program's schema, archived ones included, for value, and names the rows that hold it.
func rowsHolding(t *testing.T, pool *pgxpool.Pool, value string) []string {
	t.Helper()
	ctx := context.Background()
	rows, err := pool.Query(ctx, `
		SELECT c.relname::text, a.attname::text, t.typname = 'bytea' FROM pg_attribute a
		JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
		WHERE c.relnamespace = 'program'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
		  AND (t.typcategory IN ('S', 'A') OR t.typname IN ('json', 'jsonb', 'bytea'))`)
	if err != nil {
		t.Fatal(err)
	}
	type column struct {
		Table, Name string
		Bytes       bool
	}
	cols, err := pgx.CollectRows(rows, pgx.RowToStructByPos[column])
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, c := range cols {
		match := fmt.Sprintf(`strpos(%q::text, $1) > 0`, c.Name)
		if c.Bytes {
			match = fmt.Sprintf(`position(convert_to($1, 'UTF8') IN %q) > 0`, c.Name)
		}
		var n int
		if err := pool.QueryRow(ctx, fmt.Sprintf(`SELECT count(*) FROM ONLY program.%q WHERE %s`, c.Table, match), value).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			found = append(found, fmt.Sprintf("%d rows of %s.%s hold %q", n, c.Table, c.Name, value))
		}
	}
	return found
}

// partitionsMigration is the migration that partitions the journal, and the version before it.
func partitionsMigration(t *testing.T) (ledger.Migration, int) {
	t.Helper()
	ms, err := ledger.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.Name == "journal_partitions" {
			return m, ms[i-1].Version
		}
	}
	t.Fatal("no migration journal_partitions")
	return ledger.Migration{}, 0
}

// The journal's tables become partitioned ones that keep what the tables had: their rows,
// their indexes (the very same ones, attached and not rebuilt), the views over them, the
// sequence's ownership, the checks and defaults, and exactly the grants of each role; the
// partitions carry none. A migration cut short after any of its steps starts again and
// finishes.
func TestPartitioningKeepsWhatTheJournalHad(t *testing.T) {
	ctx := context.Background()
	m, previous := partitionsMigration(t)
	pool := poolAt(t, previous)
	var db string
	if err := pool.QueryRow(ctx, `SELECT current_database()`).Scan(&db); err != nil {
		t.Fatal(err)
	}
	login, bi := db+"_login", db+"_bi"
	for _, sql := range []string{
		`CREATE ROLE ` + login, `CREATE ROLE ` + bi,
		`GRANT SELECT, INSERT ON program.postings TO ` + login, `GRANT SELECT, INSERT, DELETE ON program.event_details TO ` + login,
		`GRANT SELECT ON program.postings, program.event_details TO ` + bi, `GRANT SELECT ON program.entries TO ` + login,
		`INSERT INTO program.members (id, balance) VALUES ('ann', 30)`,
		`INSERT INTO program.postings (id, kind, member_id, points, created_at, entry_accounts, entry_amounts, entry_rules, idempotency_key)
		 SELECT nextval('program.postings_id_seq'), 'credit', 'ann', 10, now(), '{issued,member}', '{-10,10}', '{r,r}', 'k' || i
		 FROM generate_series(1, 3) i`,
		`INSERT INTO program.lots (posting_id, seq, member_id, amount, remaining, earned_at) SELECT id, 1, 'ann', 10, 10, now() FROM program.postings`,
		`INSERT INTO program.event_details (posting_id, occurred_at, attributes, created_at) SELECT id, now(), '{"a": "b"}', now() FROM program.postings`,
	} {
		if _, err := pool.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	t.Cleanup(func() {
		_, _ = pool.Exec(context.Background(), `DROP OWNED BY `+login+`, `+bi)
		_, _ = pool.Exec(context.Background(), `DROP ROLE `+login+`, `+bi)
	})
	grants := func(table string) string {
		t.Helper()
		var g string
		if err := pool.QueryRow(ctx, `
			SELECT coalesce(string_agg(format('%s %s', a.grantee::regrole, a.privilege_type), ', ' ORDER BY 1), '')
			FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = to_regclass($1) AND a.grantee <> c.relowner`, table).Scan(&g); err != nil {
			t.Fatal(err)
		}
		return g
	}
	filenodes := func(table string) map[string]int64 {
		t.Helper()
		rows, err := pool.Query(ctx, `SELECT c.relname::text, pg_relation_filenode(i.indexrelid)::bigint FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
			WHERE i.indrelid = to_regclass($1)`, table)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int64{}
		for rows.Next() {
			var name string
			var node int64
			if err := rows.Scan(&name, &node); err != nil {
				t.Fatal(err)
			}
			out[name] = node
		}
		return out
	}
	wantGrants := map[string]string{"postings": grants("program.postings"), "event_details": grants("program.event_details")}
	wantNodes := map[string]map[string]int64{"postings": filenodes("program.postings"), "event_details": filenodes("program.event_details")}
	if len(wantNodes["postings"]) != 4 || wantGrants["postings"] == "" {
		t.Fatalf("postings before the migration: indexes %v, grants %q", wantNodes["postings"], wantGrants["postings"])
	}
	before := journal(t, pool)

	// Cut short after each step in turn, then whole.
	for k := 1; k < len(m.Steps); k++ {
		if _, err := ledger.MigrateWith(ctx, pool, "program", []ledger.Migration{{Version: m.Version, Name: m.Name, Steps: m.Steps[:k]}}); err != nil {
			t.Fatalf("the first %d steps: %v", k, err)
		}
		if _, err := pool.Exec(ctx, `DELETE FROM program.schema_migrations WHERE version = $1`, m.Version); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}

	for _, table := range []string{"postings", "event_details"} {
		var kind string
		if err := pool.QueryRow(ctx, `SELECT relkind::text FROM pg_class WHERE oid = to_regclass('program.'||$1)`, table).Scan(&kind); err != nil || kind != "p" {
			t.Errorf("%s is of kind %q, %v; want partitioned", table, kind, err)
		}
		if got := grants("program." + table); got != wantGrants[table] {
			t.Errorf("grants on %s: %q; want %q as the table had", table, got, wantGrants[table])
		}
		got := filenodes("program." + table + "_legacy")
		for name, node := range wantNodes[table] {
			legacy := strings.Replace(name, table, table+"_legacy", 1)
			if got[legacy] != node {
				t.Errorf("index %s of %s_legacy: file %d; want %d, the file of %s before (attached, not rebuilt)", legacy, table, got[legacy], node, name)
			}
		}
		if len(got) != len(wantNodes[table]) {
			t.Errorf("%s_legacy has indexes %v; want the %d it had", table, got, len(wantNodes[table]))
		}
	}
	var partitionGrants int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_class c, aclexplode(c.relacl) a
		WHERE c.relnamespace = 'program'::regnamespace AND c.relispartition AND a.grantee <> c.relowner`).Scan(&partitionGrants); err != nil || partitionGrants != 0 {
		t.Errorf("%d grants on partitions, %v; want none", partitionGrants, err)
	}
	var views, stale []string
	for _, q := range []struct {
		table string
		into  *[]string
	}{{"program.postings", &views}, {"program.postings_legacy", &stale}} {
		rows, err := pool.Query(ctx, `SELECT DISTINCT w.ev_class::regclass::text FROM pg_depend d JOIN pg_rewrite w ON w.oid = d.objid
			WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = to_regclass($1) ORDER BY 1`, q.table)
		if err != nil {
			t.Fatal(err)
		}
		if *q.into, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Join(views, " ") != "program.analytics_posting_rules program.analytics_postings program.entries" || len(stale) > 0 {
		t.Errorf("views over postings: %v, over the old table: %v", views, stale)
	}
	var seq string
	if err := pool.QueryRow(ctx, `SELECT pg_get_serial_sequence('program.postings', 'id')`).Scan(&seq); err != nil || seq != "program.postings_id_seq" {
		t.Errorf("the sequence of postings.id: %q, %v", seq, err)
	}
	if after := journal(t, pool); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("the journal after the migration:\n%s\nwant:\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
	}
	// The checks and defaults hold on the parent: an unbalanced posting is refused, and a
	// posting records its transaction.
	_, err := pool.Exec(ctx, `INSERT INTO program.postings (id, kind, member_id, points, created_at, entry_accounts, entry_amounts, entry_rules)
		VALUES (nextval('program.postings_id_seq'), 'credit', 'ann', 5, now(), '{issued,member}', '{-4,5}', '{r,r}')`)
	if err == nil || !strings.Contains(err.Error(), "postings_balanced") {
		t.Errorf("an unbalanced posting after the migration: %v; want postings_balanced to refuse it", err)
	}
	l, err := ledger.New(pool, "program", ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := mustPost(t, l, earn("after", "ann", 5))
	var txid *int64
	if err := pool.QueryRow(ctx, `SELECT txid FROM program.postings WHERE id = $1`, res.PostingID).Scan(&txid); err != nil || txid == nil {
		t.Errorf("a new posting's txid: %v, %v; want the default's", txid, err)
	}
	verify(t, l)
	if _, err := l.Erase(ctx, "ann", "test", "request"); err != nil {
		t.Errorf("erase after the migration: %v", err)
	}
	verify(t, l)
}
