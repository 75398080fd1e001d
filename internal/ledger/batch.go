package ledger

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/tally-operator/tally/internal/engine"
)

type lotKey struct {
	Posting int64
	Seq     int16
}

type lot struct {
	key    lotKey
	ctid   pgtype.TID // where a loaded lot is, so that flush updates it without a lookup
	member string
	event  string
	// eventKeyed says the lot's credit is recorded under the event's key (EarnKey): a
	// reversal finds the lot through that key rather than by its event.
	eventKeyed bool
	rule       string
	amount     int64
	remaining  int64
	reversed   int64
	earnedAt   time.Time
	expiresAt  *time.Time
	isNew      bool
	dirty      bool
}

// allocation records points taken from a lot, so that they can go back to the same lot.
type allocation struct {
	Lot    lotKey
	Points int64
}

func (a allocation) MarshalJSON() ([]byte, error) {
	return json.Marshal([3]int64{a.Lot.Posting, int64(a.Lot.Seq), a.Points})
}

func (a *allocation) UnmarshalJSON(b []byte) error {
	var v [3]int64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*a = allocation{Lot: lotKey{v[0], int16(v[1])}, Points: v[2]}
	return nil
}

type memberState struct {
	ctid          pgtype.TID // where the locked row is, so that flush updates it without a lookup
	id            string
	balance       int64
	held          int64
	tier          string
	tierReachedAt *time.Time
	metricSince   *time.Time // growth value counts for tiers from this day (a review reset it)
	birthday      string
	attributes    map[string]string
	segments      []string
	// activityRaw is members.activity as read; activity its decoded form, once an event of
	// the member needs it (activityRead), to be written back when an event changed it.
	activityRaw  []byte
	activity     []activity
	activityRead bool
	// badges is the keys of the member's badges, one per line, as members.badges holds them.
	badges string
	// referredBy is the member who referred this one, or "".
	referredBy string
	joinedAt   time.Time
	// expiresNext is no later than the earliest expiry of the member's lots with points
	// (nil: none of them expires). Lots past their expiry are not the member's to spend,
	// whether or not the expiry job has run; only members whose expiresNext has passed can
	// have such lots, and only theirs are loaded to find them.
	expiresNext *time.Time
	// rollupFrom and rollupTo are the member's months whose counters are rolled up in
	// member_monthly, [from, to); rollupEmpty says the member had none in them (rollup.go).
	rollupFrom, rollupTo *time.Time
	rollupEmpty          bool
	lots                 []*lot
	lotsLoaded           bool
	dirty                bool
}

// due is what the member's lots hold that expired by now and that the expiry job has not
// taken yet. Only a member with expiresNext passed can have any, and their lots are loaded.
func (m *memberState) due(now time.Time) int64 {
	if m.expiresNext == nil || m.expiresNext.After(now) {
		return 0
	}
	var n int64
	for _, lt := range m.lots {
		if lt.remaining > 0 && lt.expired(now) {
			n += lt.remaining
		}
	}
	return n
}

// available is what the member can spend now: the balance less what expired.
func (m *memberState) available(now time.Time) int64 { return m.balance - m.due(now) }

// expired says the lot's points have expired by now.
func (lt *lot) expired(now time.Time) bool { return lt.expiresAt != nil && !lt.expiresAt.After(now) }

// refilled notes that lt (of member m) holds points again, or for the first time: the
// member's next expiry is no later than the lot's.
func (m *memberState) refilled(lt *lot) {
	if lt.expiresAt != nil && (m.expiresNext == nil || lt.expiresAt.Before(*m.expiresNext)) {
		t := *lt.expiresAt
		m.expiresNext = &t
	}
}

type holdState struct {
	id             string
	member         string
	points         int64
	captured       int64  // what the capture spent
	refunded       int64  // what refunds gave back since
	refundedAmount string // money refunded on the order so far, a decimal
	orderAmount    string
	status         string
	allocations    []allocation
	expiresAt      time.Time
	createdAt      time.Time
	exists         bool
	dirty          bool
}

type redemptionState struct {
	id          string
	member      string
	sku         string
	quantity    int
	points      int64
	cash        string
	posting     int64
	status      string
	allocations []allocation
	createdAt   time.Time
	exists      bool
	dirty       bool
}

type stockState struct {
	allotment *int64
	redeemed  int64
	dirty     bool
}

type postingRow struct {
	id          int64
	kind        PostingKind
	member      string
	points      int64
	key         string
	event       string
	ruleset     string
	reason      string
	actor       string
	ref         string
	allocations []allocation
	shortfall   int64
	lines       []entryRow // the posting's double entries, in order
}

// allocationsJSON is the allocations column of the posting: nil (NULL) when it took points
// from no lot.
func (p *postingRow) allocationsJSON() ([]byte, error) {
	if len(p.allocations) == 0 {
		return nil, nil
	}
	return json.Marshal(p.allocations)
}

// entryRow is one of a posting's double entries. The entries of the member accounts
// ('member', 'held') are the posting's member's.
type entryRow struct {
	account Account
	amount  int64
	rule    string
}

type dailyRow struct {
	member string
	day    time.Time
	rule   string
	points int64
	awards int32
	spend  string
	growth int64
}

// batch is the in-memory state of one Post: what it loaded and locked, and what it will write.
type batch struct {
	l       *Ledger
	now     time.Time
	members map[string]*memberState
	// named are the members the operations name themselves; the others were found through
	// holds, redemptions and reversed events, and are never created.
	named       map[string]bool
	lots        map[lotKey]*lot
	holds       map[string]*holdState
	redemptions map[string]*redemptionState
	stock       map[string]*stockState
	active      map[[2]string]int // active redeemed quantity by member and SKU
	// earned is the stored result of the Earn of each reversed event, by the event's key:
	// whose it was, and what a reversal takes back from the tier metric.
	earned map[string]Result
	// refunded is the money refunded so far on events refunded by amount, by event id, read
	// under the member locks; refundedDirty says which to write.
	refunded      map[string]*big.Rat
	refundedDirty map[string]bool
	// known says which referrers of the batch's referrals are members.
	known      map[string]bool
	postingIDs []int64 // one per operation to apply, in order
	spareIDs   []int64 // for operations that write a second posting (an event's penalty)
	usage      map[string][]usageRow
	// usageMembers had their member_daily rows from usageFrom on read (usage, with the months
	// and days before it that a usagePlan reads), and
	// existingDaily says where each of those rows is: flush updates those in place and inserts
	// the others without checking for conflicts, which the member locks rule out.
	usageMembers  map[string]bool
	usageFrom     time.Time
	existingDaily map[dailyKey]pgtype.TID

	// replay says the batch is a Replay's, which is never written and lives for a period.
	replay bool

	postings []postingRow
	daily    []dailyRow
	notices  []noticeRow
	badges   []badgeRow
	details  []detailRow
}

// badgeRow is a badge awarded, to record.
// detailRow is what an event said beyond its posting (table event_details).
type detailRow struct {
	posting int64
	event   engine.Event
}

type badgeRow struct {
	member, key string
	award       BadgeAward
}

// requestHash is what a stored key is compared with: a hash of the operation's kind and its
// fingerprint, or, without one, of the operation.
func requestHash(op Op) []byte {
	if fp := op.fingerprint(); fp != nil {
		h := sha256.Sum256(append([]byte(op.opKind()+"\x00fingerprint\x00"), fp...))
		return h[:]
	}
	return operationHash(op)
}

// operationHash is the hash of the operation as the ledger received it. Keys recorded before
// callers sent fingerprints hold it, so a retry across that upgrade still finds its result.
func operationHash(op Op) []byte {
	b, _ := json.Marshal(op)
	h := sha256.Sum256(append([]byte(op.opKind()+"\x00"), b...))
	return h[:]
}

// post is one attempt at applying a batch. With lookFirst, the keys' stored results are read
// before anything is applied. Without it, the batch is applied as if every key were new, which
// saves a lookup per operation: the insert of the keys then fails if one was recorded
// (errKeyRace), and the batch is tried again with lookFirst. Only failed operations have their
// keys looked up after the fact, since a failure could hide a replay.
//
// With judge, nothing is written: the batch is applied in memory as always, and the
// transaction is rolled back instead of flushed and committed (Judge).
func (l *Ledger) post(ctx context.Context, ops []Op, lookFirst, judge bool) ([]Result, error) {
	results := make([]Result, len(ops))
	hashes := make([][]byte, len(ops))
	// opKeys[i] is op i's idempotency key, built once: an Earn's is a new string every call.
	opKeys := make([]string, len(ops))
	// first[i] is the index of the first op with the same key as op i.
	first := make([]int, len(ops))
	byKey := map[string]int{}
	var keys []string
	for i, op := range ops {
		first[i] = i
		if err := validate(op); err != nil {
			results[i].Err = err
			continue
		}
		hashes[i], opKeys[i] = requestHash(op), op.idempotencyKey()
		if j, ok := byKey[opKeys[i]]; ok {
			first[i] = j
			continue
		}
		byKey[opKeys[i]] = i
		keys = append(keys, opKeys[i])
	}

	tx, err := l.beginTx(ctx, keyedTx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback(ctx) }()

	b := &batch{
		l: l, now: l.now(),
		members:     map[string]*memberState{},
		lots:        map[lotKey]*lot{},
		holds:       map[string]*holdState{},
		redemptions: map[string]*redemptionState{},
		stock:       map[string]*stockState{},
		active:      map[[2]string]int{},
	}

	// With lookFirst, keys that earlier transactions committed get their stored result. A key
	// that a concurrent transaction is applying right now is not seen here; flush finds it
	// when it records the keys, and the batch is tried again.
	var todo []int
	if lookFirst {
		stored, err := b.storedResults(ctx, tx, keys)
		if err != nil {
			return nil, err
		}
		for i, op := range ops {
			if results[i].Err != nil || first[i] != i {
				continue
			}
			if s, ok := stored[opKeys[i]]; ok {
				results[i] = s.replay(op, hashes[i])
				continue
			}
			todo = append(todo, i)
		}
	} else {
		for i := range ops {
			if results[i].Err == nil && first[i] == i {
				todo = append(todo, i)
			}
		}
	}

	// An event past its lateness window, or a referral by a member the program does not
	// have, is refused before anything is loaded, so that it leaves no trace (not even its
	// member); its key is looked up like any failed one's.
	if err := b.findReferrers(ctx, tx, ops, todo); err != nil {
		return nil, err
	}
	kept, late := todo[:0], []int(nil)
	for _, i := range todo {
		if err := b.refusedEarly(ops[i]); err != nil {
			results[i].Err = err
			late = append(late, i)
			continue
		}
		kept = append(kept, i)
	}
	todo = kept
	if !lookFirst && len(late) > 0 {
		if err := b.replayFailed(ctx, tx, ops, opKeys, hashes, results, late); err != nil {
			return nil, err
		}
	}

	if len(todo) > 0 {
		if err := b.load(ctx, tx, ops, todo); err != nil {
			return nil, err
		}
		var done, failed []int
		for n, i := range todo {
			res, err := b.apply(ops[i], b.postingIDs[n])
			if err != nil {
				// A failed operation leaves no trace: its key can be used again.
				results[i].Err = err
				failed = append(failed, i)
				continue
			}
			results[i] = res
			done = append(done, i)
		}
		if !lookFirst && len(failed) > 0 {
			if err := b.replayFailed(ctx, tx, ops, opKeys, hashes, results, failed); err != nil {
				return nil, err
			}
		}
		if judge {
			return results, nil // rolled back by the deferred Rollback
		}
		if err := b.flush(ctx, tx, opKeys, hashes, results, done); err != nil {
			return nil, err
		}
	}
	if judge {
		return results, nil
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	for i := range ops {
		if j := first[i]; j != i {
			results[i] = results[j]
			results[i].Replayed = results[j].Err == nil
		}
	}
	return results, nil
}

// replayFailed gives the failed operations whose key was recorded before their stored result:
// a redemption that already exists, say, is a replay rather than a failure.
func (b *batch) replayFailed(ctx context.Context, tx pgx.Tx, ops []Op, opKeys []string, hashes [][]byte, results []Result, failed []int) error {
	keys := make([]string, len(failed))
	for n, i := range failed {
		keys[n] = opKeys[i]
	}
	stored, err := b.storedResults(ctx, tx, keys)
	if err != nil {
		return err
	}
	for _, i := range failed {
		if s, ok := stored[opKeys[i]]; ok {
			results[i] = s.replay(ops[i], hashes[i])
		}
	}
	return nil
}

// storedResultBytes is a key's stored result, as decodeResult reads it: in response, or, for
// keys recorded before migration 0008, as jsonb in result.
const storedResultBytes = `coalesce(response, convert_to(result::text, 'UTF8'))`

type storedResult struct {
	hash   []byte
	result Result
	// unreadable is why the stored result could not be read: written by a later version,
	// say. Its operation fails alone with it, rather than the batch.
	unreadable error
}

// replay is the result for op of a key that was recorded: the stored result if op is the
// request that recorded it, a conflict otherwise.
func (s storedResult) replay(op Op, hash []byte) Result {
	if s.unreadable != nil {
		return Result{Err: opErr(CodeRefused, "the first result of idempotency key %q cannot be read here (%v); retry, another replica may read it", op.idempotencyKey(), s.unreadable)}
	}
	if !bytes.Equal(s.hash, hash) && (op.fingerprint() == nil || !bytes.Equal(s.hash, operationHash(op))) {
		return Result{Err: opErr(CodeIdempotencyConflict, "idempotency key %q was used for a different request", op.idempotencyKey())}
	}
	r := s.result
	r.Replayed = true
	return r
}

// storedResults returns the stored results of the keys that earlier transactions committed.
func (b *batch) storedResults(ctx context.Context, tx pgx.Tx, keys []string) (map[string]storedResult, error) {
	rows, err := tx.Query(ctx, b.l.q(`SELECT key, request_hash, `+storedResultBytes+` FROM {s}.idempotency WHERE key = ANY($1)`), keys)
	if err != nil {
		return nil, fmt.Errorf("read idempotency keys: %w", err)
	}
	defer rows.Close()
	stored := map[string]storedResult{}
	for rows.Next() {
		var key string
		var s storedResult
		var raw []byte
		if err := rows.Scan(&key, &s.hash, &raw); err != nil {
			return nil, err
		}
		s.result, s.unreadable = decodeResult(raw)
		stored[key] = s
	}
	return stored, rows.Err()
}

// errKeyRace says one of the batch's keys was already recorded, by an earlier transaction or a
// concurrent one; the batch is rolled back and tried again, and then replays that result.
var errKeyRace = errors.New("an idempotency key was already recorded")

func validate(op Op) error {
	bad := func(format string, args ...any) error { return opErr(CodeInvalid, format, args...) }
	if op.idempotencyKey() == "" {
		return bad("an idempotency key is required")
	}
	if s, ok := unstorableText(op); ok {
		return bad("%q holds a NUL byte or bytes that are not UTF-8, which text cannot hold", s)
	}
	switch o := op.(type) {
	case Credit:
		if o.Member == "" {
			return bad("member is required")
		}
		if len(o.Awards) == 0 {
			return bad("a credit needs at least one award")
		}
		for _, a := range o.Awards {
			if a.Points <= 0 {
				return bad("award points must be positive, got %d for rule %q", a.Points, a.Rule)
			}
		}
		if o.Spend != "" && !isDecimal(o.Spend) {
			return bad("spend %q is not a decimal", o.Spend)
		}
	case Debit:
		if o.Member == "" {
			return bad("member is required")
		}
		if o.Points <= 0 {
			return bad("points must be positive, got %d", o.Points)
		}
		switch o.Kind {
		case DebitRedeem, DebitPenalty, DebitAdjustment:
		default:
			return bad("debit kind must be redeem, penalty or adjustment, got %q", o.Kind)
		}
	case Hold:
		if o.Member == "" || o.HoldID == "" {
			return bad("member and hold id are required")
		}
		if o.Points <= 0 {
			return bad("points must be positive, got %d", o.Points)
		}
		if o.OrderAmount != "" && !isDecimal(o.OrderAmount) {
			return bad("order amount %q is not a decimal", o.OrderAmount)
		}
	case Capture:
		if o.HoldID == "" {
			return bad("hold id is required")
		}
		if o.Points < 0 {
			return bad("points must not be negative, got %d", o.Points)
		}
	case RefundHold:
		if o.HoldID == "" {
			return bad("hold id is required")
		}
		if o.Points < 0 {
			return bad("points must not be negative, got %d", o.Points)
		}
		if o.Amount != "" && (o.Points != 0 || !isDecimal(o.Amount)) {
			return bad("amount %q must be a decimal, and sent without points", o.Amount)
		}
	case Release:
		if o.HoldID == "" {
			return bad("hold id is required")
		}
	case Reverse:
		if o.EventID == "" {
			return bad("event id is required")
		}
		if o.Points < 0 {
			return bad("points must not be negative, got %d", o.Points)
		}
		if o.Amount != "" && (o.Points != 0 || !isDecimal(o.Amount)) {
			return bad("amount %q must be a decimal, and sent without points", o.Amount)
		}
	case Redeem:
		if o.Member == "" || o.RedemptionID == "" || o.SKU == "" {
			return bad("member, redemption id and sku are required")
		}
		if o.Quantity <= 0 || o.Points <= 0 && o.Engine == nil {
			return bad("quantity and points must be positive")
		}
		if o.Cash != "" && !isDecimal(o.Cash) {
			return bad("cash %q is not a decimal", o.Cash)
		}
	case CancelRedemption:
		if o.RedemptionID == "" {
			return bad("redemption id is required")
		}
	case Earn:
		if o.Event.Member == "" || o.Event.Type == "" {
			return bad("event member and type are required")
		}
		if o.Event.Amount != "" && !isDecimal(o.Event.Amount) {
			return bad("amount %q is not a decimal", o.Event.Amount)
		}
	default:
		return bad("unknown operation %T", op)
	}
	return nil
}

// unstorableText returns a string of op that PostgreSQL cannot store as text: one with a NUL
// byte or bytes that are not UTF-8. Refused here, it fails its own operation; sent to the
// database, it would fail the statement that writes the whole batch.
func unstorableText(op Op) (string, bool) {
	var texts []string
	switch o := op.(type) {
	case Credit:
		texts = []string{o.Key, o.Member, o.EventID, o.RulesetVersion, o.Reason, o.Actor, o.Spend}
		for _, a := range o.Awards {
			texts = append(texts, a.Rule)
		}
	case Debit:
		texts = []string{o.Key, o.Member, o.EventID, o.Rule, o.RulesetVersion, o.Reason, o.Actor}
	case Hold:
		texts = []string{o.Key, o.HoldID, o.Member, o.Reason, o.OrderAmount}
	case RefundHold:
		texts = []string{o.Key, o.HoldID, o.Amount, o.Reason, o.Actor}
	case Capture:
		texts = []string{o.Key, o.HoldID, o.Reason}
	case Release:
		texts = []string{o.Key, o.HoldID, o.Reason}
	case Reverse:
		texts = []string{o.Key, o.EventID, o.Amount, o.Reason, o.Actor}
	case Redeem:
		texts = []string{o.Key, o.RedemptionID, o.Member, o.SKU, o.Reason, o.Cash}
	case CancelRedemption:
		texts = []string{o.Key, o.RedemptionID, o.Reason}
	case Earn:
		e := o.Event
		texts = []string{e.ID, e.Type, e.Member, e.Amount, e.Currency}
		for k, v := range e.Attributes {
			texts = append(texts, k, v)
		}
	}
	for _, s := range texts {
		if strings.IndexByte(s, 0) >= 0 || !utf8.ValidString(s) {
			return s, true
		}
	}
	return "", false
}

func isDecimal(s string) bool {
	digits, dot := 0, false
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return digits > 0 && s[len(s)-1] != '.'
}
