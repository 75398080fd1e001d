package ledger

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Erasure is what erasing a member did.
type Erasure struct {
	// Pseudonym is the member's id from now on, wherever the ledger stored the old one.
	Pseudonym string `json:"pseudonym"`
	// Forfeited is the points the member lost: their balance (expired points not yet taken
	// included) and the points held at checkouts. A member in debt has it forgiven: negative.
	Forfeited int64 `json:"forfeited"`
	// PostingID is the posting that forfeited them; 0 when there was nothing to forfeit.
	PostingID int64     `json:"postingId,omitempty"`
	ErasedAt  time.Time `json:"erasedAt"`
}

// MemberErased is the body of a NoticeMemberErased notice. It names only the pseudonym: the
// ledger keeps nothing that links it to the old id, which the caller of the erasure knows.
type MemberErased struct {
	Forfeited int64     `json:"forfeited"`
	At        time.Time `json:"at"`
}

// pseudonymPrefix starts every pseudonym; ids starting with "~" are the program's own, never
// a client's, so a pseudonym is never a member's real id.
const pseudonymPrefix = "~erased-"

// newPseudonym returns a random pseudonym: 128 bits, so that none is ever made twice and none
// can be derived from the id it replaces.
func newPseudonym() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return pseudonymPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

// IsPseudonym reports whether id is the pseudonym of an erased member.
func IsPseudonym(id string) bool { return strings.HasPrefix(id, pseudonymPrefix) }

// Erase forfeits a member's points and removes what the ledger knows of them as a person: the
// profile (birthday, attributes, segments, referrer) and its history, and the activity
// counters. The member's id is replaced by a new random pseudonym in every row that stores it
// (postings, lots, holds, redemptions, daily counters, tier reviews, badges, notices, the
// stored results of their operations, and the referrer of members they referred), so the
// journal, the liability and Verify still balance. It is all one transaction, under the
// member's lock, as every writer takes it.
//
// The old id is kept nowhere, so a second erasure of it finds no member: ErrNotFound. Active
// holds are forfeited with the rest (their status becomes "forfeited"); a capture of one
// afterwards fails.
func (l *Ledger) Erase(ctx context.Context, member, actor, reason string) (Erasure, error) {
	for attempt := 1; ; attempt++ {
		e, err := l.erase(ctx, member, actor, reason)
		if err == nil || attempt == 5 || !retryable(err) {
			return e, err
		}
	}
}

func (l *Ledger) erase(ctx context.Context, member, actor, reason string) (Erasure, error) {
	tx, err := l.begin(ctx)
	if err != nil {
		return Erasure{}, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	// An archive moves postings out of the journal: it waits for this erasure, or this for it,
	// so that the member's postings are found either in the journal or in an archived table.
	// Taken before the member's lock, so that an erasure waiting for an archive holds up no
	// other write of the member.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared(`+archiveLock+`)`, l.schema); err != nil {
		return Erasure{}, fmt.Errorf("wait for an archive in progress: %w", err)
	}
	var balance, held int64
	err = tx.QueryRow(ctx, l.q(`SELECT balance, held FROM {s}.members WHERE id = $1 FOR UPDATE`), member).Scan(&balance, &held)
	if errors.Is(err, pgx.ErrNoRows) {
		return Erasure{}, opErr(CodeNotFound, "member %s is not in this program", member)
	}
	if err != nil {
		return Erasure{}, fmt.Errorf("lock member: %w", err)
	}
	e := Erasure{Pseudonym: newPseudonym(), Forfeited: balance + held, ErasedAt: l.now()}

	if balance != 0 || held != 0 {
		// One posting takes everything: available and held points go to 'forfeited'.
		var accounts []string
		var amounts []int64
		if balance != 0 {
			accounts, amounts = append(accounts, string(AccountMember), string(AccountForfeited)), append(amounts, -balance, balance)
		}
		if held != 0 {
			accounts, amounts = append(accounts, string(AccountHeld), string(AccountForfeited)), append(amounts, -held, held)
		}
		rules := make([]string, len(accounts))
		b := &pgx.Batch{}
		b.Queue(l.q(`UPDATE {s}.lots SET remaining = 0 WHERE member_id = $1 AND remaining <> 0`), member)
		b.Queue(l.q(`
			UPDATE {s}.holds SET status = 'forfeited', updated_at = $2
			WHERE id IN (SELECT ref FROM {s}.postings WHERE member_id = $1 AND kind = 'hold') AND member_id = $1 AND status = 'active'`),
			member, e.ErasedAt)
		b.Queue(l.q(`UPDATE {s}.members SET balance = 0, held = 0, expires_next = NULL WHERE id = $1`), member)
		b.Queue(l.q(`
			INSERT INTO {s}.postings (id, kind, member_id, points, reason, actor, created_at, entry_accounts, entry_amounts, entry_rules)
			VALUES (nextval('{s}.postings_id_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`),
			string(PostingForfeit), member, -balance, reason, actor, e.ErasedAt, accounts, amounts, rules)
		br := tx.SendBatch(ctx, b)
		for range 3 {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return Erasure{}, fmt.Errorf("forfeit points: %w", err)
			}
		}
		if err := br.QueryRow().Scan(&e.PostingID); err != nil {
			br.Close()
			return Erasure{}, fmt.Errorf("forfeit points: %w", err)
		}
		if err := br.Close(); err != nil {
			return Erasure{}, fmt.Errorf("forfeit points: %w", err)
		}
	}

	// What the member's events said goes, and so does what the events rewarding their
	// referrers said (their attributes name the member).
	if err := l.eraseEventDetails(ctx, tx, member); err != nil {
		return Erasure{}, err
	}

	// The stored results of the member's operations name the member: each is rewritten here,
	// where they can be read, and handed to erase_member, which alone may change them. Those
	// of archived months are found through the archived tables (archived_member_keys).
	rows, err := tx.Query(ctx, l.q(`
		SELECT i.key, `+storedResultBytes+` FROM {s}.postings p JOIN {s}.idempotency i ON i.key = p.idempotency_key
		WHERE p.member_id = $1
		UNION ALL
		SELECT i.key, `+storedResultBytes+` FROM {s}.idempotency i WHERE i.key = ANY ({s}.archived_member_keys($1))`), member)
	if err != nil {
		return Erasure{}, fmt.Errorf("read stored results: %w", err)
	}
	var keys []string
	var responses [][]byte
	for rows.Next() {
		var key string
		var raw []byte
		if err := rows.Scan(&key, &raw); err != nil {
			rows.Close()
			return Erasure{}, err
		}
		r, err := decodeResult(raw)
		if err != nil {
			rows.Close()
			return Erasure{}, fmt.Errorf("the stored result of key %q cannot be read by this version (%v): erase with the version that wrote it", key, err)
		}
		if r.Member == member {
			r.Member = e.Pseudonym
		}
		keys, responses = append(keys, key), append(responses, encodeResult(nil, r))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return Erasure{}, fmt.Errorf("read stored results: %w", err)
	}
	body, err := json.Marshal(MemberErased{Forfeited: e.Forfeited, At: e.ErasedAt})
	if err != nil {
		return Erasure{}, err
	}
	b := &pgx.Batch{}
	b.Queue(l.q(`INSERT INTO {s}.notices (kind, member_id, body, created_at) VALUES ($1, $2, $3, $4)`),
		NoticeMemberErased, member, body, e.ErasedAt)
	b.Queue(l.q(`SELECT {s}.erase_member($1, $2, $3, $4)`), member, e.Pseudonym, keys, responses)
	// The monthly totals of the daily counters, which erase_member renames, go with them
	// (migration 0021 came after it; the login role may update them itself).
	b.Queue(l.q(`UPDATE {s}.member_monthly SET member_id = $2 WHERE member_id = $1`), member, e.Pseudonym)
	// Changes a sink never took are the sink's to lose: they name the member.
	b.Queue(l.q(`DELETE FROM {s}.export_dead_letters WHERE member_id = $1`), member)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return Erasure{}, fmt.Errorf("erase member: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return Erasure{}, fmt.Errorf("commit: %w", err)
	}
	return e, nil
}

// eraseEventDetails deletes the details of the member's events, of the events that rewarded
// the referrers of their referrals, and of the referrals of members they referred (whose
// attributes name them as referrer).
func (l *Ledger) eraseEventDetails(ctx context.Context, tx pgx.Tx, member string) error {
	rows, err := tx.Query(ctx, l.q(`
		SELECT event_id FROM {s}.postings WHERE member_id = $1 AND kind = 'credit' AND reason = 'referral' AND event_id IS NOT NULL`), member)
	if err != nil {
		return fmt.Errorf("find referrals: %w", err)
	}
	events, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("find referrals: %w", err)
	}
	var sponsors []int64
	if len(events) > 0 {
		keys := make([]string, len(events))
		for i, e := range events {
			keys[i] = EarnKey(ReferrerEventPrefix + e)
		}
		rows, err := tx.Query(ctx, l.q(`SELECT `+storedResultBytes+` FROM {s}.idempotency WHERE key = ANY($1)`), keys)
		if err != nil {
			return fmt.Errorf("find referrers' rewards: %w", err)
		}
		raws, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
		if err != nil {
			return fmt.Errorf("find referrers' rewards: %w", err)
		}
		for _, raw := range raws {
			if r, err := decodeResult(raw); err == nil && r.PostingID != 0 {
				sponsors = append(sponsors, r.PostingID)
			}
		}
	}
	_, err = tx.Exec(ctx, l.q(`
		DELETE FROM {s}.event_details
		WHERE posting_id IN (SELECT id FROM {s}.postings WHERE member_id = $1)
		   OR posting_id = ANY($2)
		   OR posting_id IN (SELECT p.id FROM {s}.members m JOIN {s}.postings p ON p.member_id = m.id
		                     WHERE m.referred_by = $1 AND p.kind = 'credit' AND p.reason = 'referral')`), member, sponsors)
	if err != nil {
		return fmt.Errorf("delete event details: %w", err)
	}
	return nil
}
