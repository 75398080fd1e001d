package program

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// ProfileInput is a member's profile as a client sends it, whole (PUT) or as a JSON merge
// patch (PATCH): a birthday ("MM-DD" or "YYYY-MM-DD"), attributes, segments and the member
// who referred them.
type ProfileInput struct {
	Birthday   *string            `json:"birthday"`
	Attributes map[string]*string `json:"attributes"`
	Segments   []string           `json:"segments"`
	ReferredBy *string            `json:"referredBy"`
}

var segmentPattern = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,62}$`)

// check refuses what no profile may hold, naming the field.
func (in ProfileInput) check() error {
	if b := in.Birthday; b != nil && *b != "" {
		if _, _, ok := ruleset.BirthdayOf(*b); !ok {
			return invalid("birthday", "birthday %q is not a day of the year: send \"MM-DD\" or \"YYYY-MM-DD\", such as \"04-18\"", *b)
		}
	}
	if len(in.Attributes) > ruleset.MaxAttributes {
		return invalid("attributes", "attributes has %d keys; at most %d", len(in.Attributes), ruleset.MaxAttributes)
	}
	for k, v := range in.Attributes {
		if len(k) == 0 || len(k) > ruleset.MaxStringBytes || v != nil && len(*v) > ruleset.MaxStringBytes {
			return invalid("attributes."+k, "attribute keys are 1 to %d bytes and values at most %d", ruleset.MaxStringBytes, ruleset.MaxStringBytes)
		}
		if !storable(k) || v != nil && !storable(*v) {
			return invalid("attributes."+k, "attribute keys and values must be UTF-8 text without NUL")
		}
	}
	if len(in.Segments) > ruleset.MaxSegments {
		return invalid("segments", "segments has %d names; at most %d", len(in.Segments), ruleset.MaxSegments)
	}
	for i, s := range in.Segments {
		if !segmentPattern.MatchString(s) {
			return invalid(fmt.Sprintf("segments[%d]", i), "segment %q must match ^[a-z][a-z0-9_-]{0,62}$, such as \"vip\"", s)
		}
	}
	return nil
}

// apply returns p with in applied: the whole of it (replace), or as a JSON merge patch, in
// which a field left out stays, null removes it, and attributes merge key by key.
func (in ProfileInput) apply(p ledger.Profile, replace bool, sent map[string]json.RawMessage) ledger.Profile {
	has := func(field string) bool { _, ok := sent[field]; return replace || ok }
	if has("birthday") {
		p.Birthday = deref(in.Birthday)
	}
	if has("referredBy") {
		p.ReferredBy = deref(in.ReferredBy)
	}
	if has("segments") {
		p.Segments = in.Segments
	}
	if has("attributes") {
		next := map[string]string{}
		if !replace && string(sent["attributes"]) != "null" {
			next = maps.Clone(p.Attributes)
			if next == nil {
				next = map[string]string{}
			}
		}
		for k, v := range in.Attributes {
			if v == nil {
				delete(next, k)
			} else {
				next[k] = *v
			}
		}
		p.Attributes = next
	}
	return p
}

// storable says PostgreSQL can keep s as text: UTF-8, without NUL.
func storable(s string) bool { return utf8.ValidString(s) && !strings.ContainsRune(s, 0) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ProfileResult is a profile after a change, and whether the change changed it.
type ProfileResult struct {
	Profile ledger.Profile
	Changed bool
}

// SetProfile replaces a member's profile (replace) or merges a JSON merge patch into it;
// body is the request's JSON object. Sending what the profile already holds changes nothing
// and records nothing. The change is made under the member's lock, so concurrent patches of
// different fields both hold.
func (p *Program) SetProfile(ctx context.Context, member, actor string, body []byte, replace bool) (ProfileResult, error) {
	if err := checkMember("id", member); err != nil {
		return ProfileResult{}, err
	}
	var sent map[string]json.RawMessage
	if err := json.Unmarshal(body, &sent); err != nil {
		return ProfileResult{}, invalid("", "the body must be a JSON object: %v", err)
	}
	var in ProfileInput
	if err := json.Unmarshal(body, &in); err != nil {
		return ProfileResult{}, invalid("", "%v", err)
	}
	if k := nullAttribute(in.Attributes); replace && k != "" {
		return ProfileResult{}, invalid("attributes."+k, "attribute values are strings; null only removes an attribute in a PATCH")
	}
	if err := in.check(); err != nil {
		return ProfileResult{}, err
	}
	if _, sentReferrer := sent["referredBy"]; in.ReferredBy != nil && *in.ReferredBy != "" && (replace || sentReferrer) {
		if err := p.referFromProfile(ctx, member, *in.ReferredBy); err != nil {
			return ProfileResult{}, err
		}
	}
	profile, changed, err := p.Ledger.UpdateProfile(ctx, member, actor, func(old ledger.Profile) (ledger.Profile, error) {
		return in.apply(old, replace, sent), nil
	})
	if errors.Is(err, ledger.ErrReferrer) {
		return ProfileResult{}, invalid("referredBy", "%v", err)
	}
	return ProfileResult{Profile: profile, Changed: changed}, err
}

// ProfileReferralID is the id of the referral event that a profile's referredBy makes for
// member. Client event ids never start with "~", so it is never one of theirs.
func ProfileReferralID(member string) string { return "~referral:" + member }

// referFromProfile rewards a referral that a profile states (referredBy) as a referral event
// would (Events): the new member and the referrer earn by the program's rules, under the same
// anti-abuse checks, before the profile records the referrer. A member whose referrer is
// already recorded earns nothing more, except that a retry of the same profile replays the
// referral (with its first time, so that it is the same request) and writes what a failure
// left out. A refusal names referredBy.
func (p *Program) referFromProfile(ctx context.Context, member, referrer string) error {
	current, _, err := p.Ledger.Profile(ctx, member)
	if err != nil {
		return err
	}
	if current.ReferredBy != "" && current.ReferredBy != referrer {
		return nil // a change of referrer, which UpdateProfile refuses
	}
	id, at := ProfileReferralID(member), p.now().UTC()
	first, found, err := p.Ledger.EventResult(ctx, id)
	if err != nil {
		return err
	}
	switch {
	case found && first.Earned != nil && !first.Earned.OccurredAt.IsZero():
		at = first.Earned.OccurredAt
	case current.ReferredBy != "":
		// Recorded by a referral event, or changed: UpdateProfile says whether it may be.
		return nil
	}
	ev := engine.Event{ID: id, Type: ReferralEvent, Member: member, OccurredAt: at, Attributes: map[string]string{"referrer": referrer}}
	results, err := p.Events(ctx, []engine.Event{ev})
	if err != nil {
		return err
	}
	var le *ledger.Error
	if err := results[0].Err; errors.As(err, &le) {
		moved := *le
		moved.Field = "referredBy"
		return &moved
	} else if err != nil {
		return err
	}
	return nil
}
