package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Kinds of notices.
const (
	// NoticePointsExpiring tells a member that some of their points expire within the
	// program's notice window.
	NoticePointsExpiring = "PointsExpiring"
	// NoticeTierChanged tells a member that their tier changed.
	NoticeTierChanged = "TierChanged"
	// NoticeBadgeAwarded tells a member that they earned a badge.
	NoticeBadgeAwarded = "BadgeAwarded"
	// NoticeMemberErased tells that a member was erased; it names the pseudonym only.
	NoticeMemberErased = "MemberErased"
)

// BadgeAward is the body of a BadgeAwarded notice, and a badge as GET /v1/members/{id}/badges
// lists it.
type BadgeAward struct {
	Badge       string    `json:"badge"`
	Description string    `json:"description,omitempty"`
	Rule        string    `json:"rule"`
	EventID     string    `json:"eventId"`
	PostingID   int64     `json:"postingId"`
	At          time.Time `json:"at"`
}

// Notice is one message for a brand's messaging system to send, from the notices outbox.
type Notice struct {
	// Cursor orders notices; acknowledging it acknowledges every notice up to it.
	Cursor    int64           `json:"cursor,string"`
	Kind      string          `json:"kind"`
	Member    string          `json:"member"`
	CreatedAt time.Time       `json:"createdAt"`
	Data      json.RawMessage `json:"data"`
}

// TierChange is the data of a TierChanged notice.
type TierChange struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Reason is Qualified (an event took the member up), Reviewed (a review moved them) or
	// Expired (a review found the tier's validity over and the member below every threshold).
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// ExpiringPoints is the data of a PointsExpiring notice: the lots of one member that entered
// the notice window in one run.
type ExpiringPoints struct {
	Points int64 `json:"points"`
	// ExpiresAt is the soonest expiry among the lots.
	ExpiresAt time.Time     `json:"expiresAt"`
	Lots      []ExpiringLot `json:"lots"`
	// CashValue of the points at the program's point value, in Currency.
	CashValue string `json:"cashValue"`
	Currency  string `json:"currency"`
}

// ExpiringLot is one lot of an ExpiringPoints notice.
type ExpiringLot struct {
	Points    int64     `json:"points"`
	ExpiresAt time.Time `json:"expiresAt"`
}

// noticeRow is a notice a batch writes with what it decided.
type noticeRow struct {
	kind, member string
	body         []byte
	at           time.Time
}

func tierNotice(member, from, to, reason string, at time.Time) noticeRow {
	body, _ := json.Marshal(TierChange{From: from, To: to, Reason: reason, At: at})
	return noticeRow{kind: NoticeTierChanged, member: member, body: body, at: at}
}

const insertNotices = `
	INSERT INTO {s}.notices (kind, member_id, body, created_at)
	SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[])`

func noticeColumns(ns []noticeRow) []any {
	kinds, members, bodies := make([]string, len(ns)), make([]string, len(ns)), make([]string, len(ns))
	ats := make([]time.Time, len(ns))
	for i, n := range ns {
		kinds[i], members[i], bodies[i], ats[i] = n.kind, n.member, string(n.body), n.at
	}
	return []any{kinds, members, bodies, ats}
}

// ErrCursor is returned by AckNotices for a cursor that names no notice.
var ErrCursor = errors.New("cursor names no notice")

// Notices returns up to limit notices after cursor, oldest first. A negative cursor means
// after the acknowledged one. It also returns the acknowledged cursor.
func (l *Ledger) Notices(ctx context.Context, after int64, limit int) (notices []Notice, acked int64, err error) {
	if err := l.pool.QueryRow(ctx, l.q(`SELECT acked FROM {s}.notice_cursor`)).Scan(&acked); err != nil {
		return nil, 0, fmt.Errorf("notice cursor: %w", err)
	}
	if after < 0 {
		after = acked
	}
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT id, kind, member_id, created_at, body FROM {s}.notices WHERE id > $1 ORDER BY id LIMIT $2`), after, limit)
	if err != nil {
		return nil, acked, fmt.Errorf("notices: %w", err)
	}
	notices, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (Notice, error) {
		var n Notice
		err := r.Scan(&n.Cursor, &n.Kind, &n.Member, &n.CreatedAt, &n.Data)
		return n, err
	})
	if err != nil {
		return nil, acked, fmt.Errorf("notices: %w", err)
	}
	return notices, acked, nil
}

// AckNotices records that every notice up to cursor was handled: Notices without a cursor
// starts after it. The cursor never moves back; acknowledging an older cursor changes nothing.
func (l *Ledger) AckNotices(ctx context.Context, cursor int64) (acked int64, err error) {
	var exists bool
	if err := l.pool.QueryRow(ctx, l.q(`SELECT EXISTS (SELECT 1 FROM {s}.notices WHERE id = $1)`), cursor).Scan(&exists); err != nil {
		return 0, fmt.Errorf("acknowledge notices: %w", err)
	}
	if !exists && cursor != 0 {
		return 0, ErrCursor
	}
	err = l.pool.QueryRow(ctx, l.q(`
		UPDATE {s}.notice_cursor SET acked = greatest(acked, $1) RETURNING acked`), cursor).Scan(&acked)
	if err != nil {
		return 0, fmt.Errorf("acknowledge notices: %w", err)
	}
	return acked, nil
}
