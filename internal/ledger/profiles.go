package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
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
		segments := p.Segments // nil, for none, is NULL
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

// ImportedProfile is one member's profile in a bulk import.
type ImportedProfile struct {
	Member  string
	Profile Profile
}

// ImportProfiles sets the profiles of many members at once, creating the members that are
// new, in one transaction: each profile replaces the member's, except that a referrer once
// set stays. Only profiles that change are written and recorded in the history, with actor;
// it returns how many changed. Rows are locked in member order, as every writer locks them.
// The caller has checked each profile (ProfileInput's rules) and that referrers exist.
func (l *Ledger) ImportProfiles(ctx context.Context, actor string, profiles []ImportedProfile) (int, error) {
	slices.SortFunc(profiles, func(a, b ImportedProfile) int { return strings.Compare(a.Member, b.Member) })
	profiles = slices.CompactFunc(profiles, func(a, b ImportedProfile) bool { return a.Member == b.Member })
	n := len(profiles)
	ids, birthdays, attrs, segments, refs := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, p := range profiles {
		np := p.Profile.normal()
		a, err := json.Marshal(np.Attributes)
		if err != nil {
			return 0, err
		}
		if np.Attributes == nil {
			a = []byte("{}")
		}
		ids[i], birthdays[i], attrs[i], segments[i], refs[i] = p.Member, np.Birthday, string(a), strings.Join(np.Segments, ","), np.ReferredBy
	}
	var changed int
	err := l.pool.QueryRow(ctx, l.q(`
		WITH changed AS (
			INSERT INTO {s}.members AS m (id, birthday, attributes, segments, referred_by)
			SELECT id, b, a::jsonb, string_to_array(nullif(s, ''), ','), nullif(r, '')
			FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, b, a, s, r) ORDER BY id
			ON CONFLICT (id) DO UPDATE SET birthday = excluded.birthday, attributes = excluded.attributes,
			  segments = excluded.segments, referred_by = coalesce(m.referred_by, excluded.referred_by)
			WHERE (m.birthday, m.attributes, m.segments, m.referred_by)
			  IS DISTINCT FROM (excluded.birthday, excluded.attributes, excluded.segments, coalesce(m.referred_by, excluded.referred_by))
			RETURNING m.id, m.birthday, m.attributes, m.segments, m.referred_by
		), history AS (
			INSERT INTO {s}.profile_history (member_id, changed_at, actor, profile)
			SELECT id, $6, $7, jsonb_strip_nulls(jsonb_build_object(
			  'birthday', nullif(birthday, ''), 'attributes', nullif(attributes, '{}'::jsonb),
			  'segments', CASE WHEN cardinality(segments) > 0 THEN to_jsonb(segments) END, 'referredBy', referred_by))
			FROM changed
		)
		SELECT count(*) FROM changed`), ids, birthdays, attrs, segments, refs, l.now(), actor).Scan(&changed)
	if err != nil {
		return 0, fmt.Errorf("import profiles: %w", err)
	}
	return changed, nil
}

// Members returns which of ids are members of the program.
func (l *Ledger) Members(ctx context.Context, ids []string) (map[string]bool, error) {
	rows, err := l.pool.Query(ctx, l.q(`SELECT id FROM {s}.members WHERE id = ANY($1)`), ids)
	if err != nil {
		return nil, fmt.Errorf("look up members: %w", err)
	}
	found, err := pgx.CollectRows(rows, pgx.RowTo[string])
	out := make(map[string]bool, len(found))
	for _, id := range found {
		out[id] = true
	}
	return out, err
}
