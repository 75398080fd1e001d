package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
)

// Profile is what a brand tells the program about a member, for rules to read: a birthday
// ("MM-DD" or "YYYY-MM-DD"), attributes, segments and who referred them.
type Profile struct {
	Birthday   string            `json:"birthday,omitempty"`
	Attributes map[string]string `json:"attributes,omitempty"`
	Segments   []string          `json:"segments,omitempty"`
	ReferredBy string            `json:"referredBy,omitempty"`
}

// normal is the profile in the one form it is stored and compared in: segments sorted and
// without repeats, no empty collections.
func (p Profile) normal() Profile {
	if len(p.Attributes) == 0 {
		p.Attributes = nil
	} else {
		p.Attributes = maps.Clone(p.Attributes)
	}
	p.Segments = slices.Compact(slices.Sorted(slices.Values(p.Segments)))
	if len(p.Segments) == 0 {
		p.Segments = nil
	}
	return p
}

func (p Profile) equal(q Profile) bool {
	return p.Birthday == q.Birthday && p.ReferredBy == q.ReferredBy && maps.Equal(p.Attributes, q.Attributes) && slices.Equal(p.Segments, q.Segments)
}

// ProfileChange is a profile as one change left it.
type ProfileChange struct {
	At      time.Time `json:"at"`
	Actor   string    `json:"actor"`
	Profile Profile   `json:"profile"`
}

// ErrReferrer says a profile names a referrer the program cannot accept.
var ErrReferrer = errors.New("referrer")

// UpdateProfile changes a member's profile under the member's lock, creating the member if
// they are new: change gets the profile as it is and returns it as it should be. A change
// that leaves the profile as it was writes nothing and returns changed false; otherwise the
// new profile is recorded in the member's history with actor and the time. A member's
// referrer, once set, stays; no member refers themselves, and a referrer must be a member.
func (l *Ledger) UpdateProfile(ctx context.Context, member, actor string, change func(Profile) (Profile, error)) (p Profile, changed bool, err error) {
	err = pgx.BeginFunc(ctx, l.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, l.q(`INSERT INTO {s}.members (id) VALUES ($1) ON CONFLICT (id) DO NOTHING`), member); err != nil {
			return fmt.Errorf("create member: %w", err)
		}
		var old Profile
		var referredBy *string
		if err := tx.QueryRow(ctx, l.q(`
			SELECT birthday, attributes, segments, referred_by FROM {s}.members WHERE id = $1 FOR UPDATE`), member).
			Scan(&old.Birthday, &old.Attributes, &old.Segments, &referredBy); err != nil {
			return fmt.Errorf("lock member: %w", err)
		}
		if referredBy != nil {
			old.ReferredBy = *referredBy
		}
		old = old.normal()
		next, err := change(old)
		if err != nil {
			return err
		}
		if p = next.normal(); p.equal(old) {
			return nil
		}
		if p.ReferredBy != old.ReferredBy {
			switch {
			case old.ReferredBy != "":
				return fmt.Errorf("%w: member %s was referred by %s; a referrer cannot change", ErrReferrer, member, old.ReferredBy)
			case p.ReferredBy == member:
				return fmt.Errorf("%w: a member cannot refer themselves", ErrReferrer)
			}
			var known bool
			if err := tx.QueryRow(ctx, l.q(`SELECT EXISTS (SELECT 1 FROM {s}.members WHERE id = $1)`), p.ReferredBy).Scan(&known); err != nil {
				return err
			}
			if !known {
				return fmt.Errorf("%w: %s is not a member of this program", ErrReferrer, p.ReferredBy)
			}
		}
		attrs := p.Attributes
		if attrs == nil {
			attrs = map[string]string{}
		}
		segments := p.Segments
		if segments == nil {
			segments = []string{}
		}
		var ref *string
		if p.ReferredBy != "" {
			ref = &p.ReferredBy
		}
		body, err := json.Marshal(p)
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		b.Queue(l.q(`UPDATE {s}.members SET birthday = $2, attributes = $3, segments = $4, referred_by = $5 WHERE id = $1`),
			member, p.Birthday, attrs, segments, ref)
		b.Queue(l.q(`INSERT INTO {s}.profile_history (member_id, changed_at, actor, profile) VALUES ($1, $2, $3, $4)`),
			member, l.now(), actor, body)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("write profile: %w", err)
		}
		changed = true
		return nil
	})
	return p, changed, err
}

// Profile returns a member's profile; exists is false for a member the ledger has never seen.
func (l *Ledger) Profile(ctx context.Context, member string) (p Profile, exists bool, err error) {
	var referredBy *string
	err = l.pool.QueryRow(ctx, l.q(`SELECT birthday, attributes, segments, referred_by FROM {s}.members WHERE id = $1`), member).
		Scan(&p.Birthday, &p.Attributes, &p.Segments, &referredBy)
	if errors.Is(err, pgx.ErrNoRows) {
		return Profile{}, false, nil
	}
	if err != nil {
		return Profile{}, false, fmt.Errorf("profile of %s: %w", member, err)
	}
	if referredBy != nil {
		p.ReferredBy = *referredBy
	}
	return p.normal(), true, nil
}

// ProfileHistory returns every change of a member's profile, oldest first.
func (l *Ledger) ProfileHistory(ctx context.Context, member string) ([]ProfileChange, error) {
	rows, err := l.pool.Query(ctx, l.q(`
		SELECT changed_at, actor, profile FROM {s}.profile_history WHERE member_id = $1 ORDER BY id`), member)
	if err != nil {
		return nil, fmt.Errorf("profile history of %s: %w", member, err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (ProfileChange, error) {
		var c ProfileChange
		var body []byte
		if err := r.Scan(&c.At, &c.Actor, &body); err != nil {
			return c, err
		}
		return c, json.Unmarshal(body, &c.Profile)
	})
}
