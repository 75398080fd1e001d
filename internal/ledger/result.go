package ledger

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"time"

	"github.com/tally-operator/tally/internal/engine"
)

// Every successful operation stores its result, to answer a retry with it: one row per
// operation, read back almost never. As JSON an earned event's result was about 250 bytes, the
// larger part of the row and of what each operation wrote; in this binary form it is about 60.
// A stored result starts with resultFormat; results stored before are JSON, which starts with
// '{', and are still read.
//
// The layout, in order, with integers as varints and strings as a length and their bytes:
// posting id, points, balance, held, shortfall, member, then 0 (no Earned) or 1 and the
// Earned: ruleset version, amount, awards, would-award, tier, tier changed (0 or 1); then the
// tagged fields added since (see tagCash). A list of awards is its length plus one (0: nil),
// then per award its rule, points, growth value (from format 2) and expiry: 0 for none, or 1,
// seconds, nanoseconds and the zone's offset from UTC in seconds.

// resultFormat is the first byte of a result stored in this form. Results of format 1, stored
// before the tagged fields existed, end after the Earned; they are still read.
const (
	resultFormat1 = 1
	resultFormat  = 2
)

func encodeResult(buf []byte, r Result) []byte {
	buf = append(buf, resultFormat)
	buf = binary.AppendVarint(buf, r.PostingID)
	buf = binary.AppendVarint(buf, r.Points)
	buf = binary.AppendVarint(buf, r.Balance)
	buf = binary.AppendVarint(buf, r.Held)
	buf = binary.AppendVarint(buf, r.Shortfall)
	buf = appendString(buf, r.Member)
	if e := r.Earned; e == nil {
		buf = append(buf, 0)
	} else {
		buf = append(buf, 1)
		buf = appendString(buf, e.RulesetVersion)
		buf = appendString(buf, e.Amount)
		buf = appendAwards(buf, e.Awards)
		buf = appendAwards(buf, e.WouldAward)
		buf = appendString(buf, e.Tier)
		buf = appendBool(buf, e.TierChanged)
	}
	var tags []func([]byte) []byte
	if r.Cash != "" {
		tags = append(tags, func(b []byte) []byte { return appendString(append(b, tagCash), r.Cash) })
	}
	if a := r.Asked; a != nil {
		tags = append(tags, func(b []byte) []byte {
			return appendString(binary.AppendVarint(append(b, tagAsked), a.Points), a.Amount)
		})
	}
	if e := r.Earned; e != nil {
		if !e.OccurredAt.IsZero() {
			tags = append(tags, func(b []byte) []byte { return appendTime(append(b, tagOccurredAt), e.OccurredAt) })
		}
		if e.Spend != "" {
			tags = append(tags, func(b []byte) []byte { return appendString(append(b, tagSpend), e.Spend) })
		}
		if e.TierBefore != "" {
			tags = append(tags, func(b []byte) []byte { return appendString(append(b, tagTierBefore), e.TierBefore) })
		}
		if e.TierBeforeReachedAt != nil {
			tags = append(tags, func(b []byte) []byte { return appendTime(append(b, tagTierBeforeReachedAt), *e.TierBeforeReachedAt) })
		}
		if len(e.Badges) > 0 {
			tags = append(tags, func(b []byte) []byte {
				b = binary.AppendUvarint(append(b, tagBadges), uint64(len(e.Badges)))
				for _, name := range e.Badges {
					b = appendString(b, name)
				}
				return b
			})
		}
	}
	buf = binary.AppendUvarint(buf, uint64(len(tags)))
	for _, tag := range tags {
		// Each field as its tag, the length of its value and the value: a reader that does not
		// know a tag skips it.
		field := tag(nil)
		buf = append(buf, field[0])
		buf = binary.AppendUvarint(buf, uint64(len(field)-1))
		buf = append(buf, field[1:]...)
	}
	return buf
}

// appendTime writes an instant as seconds and nanoseconds since 1970, in UTC.
func appendTime(buf []byte, t time.Time) []byte {
	buf = binary.AppendVarint(buf, t.Unix())
	return binary.AppendUvarint(buf, uint64(t.Nanosecond()))
}

// Fields added to the form since format 1 follow the fields above: their number, then each
// as a tag byte, the length of its value and the value, and only those that are set. The
// number makes a result cut short at any byte unreadable rather than read as another; the
// length lets a reader skip a field it does not know, written by a later version (during a
// rolling update, say).
const (
	tagCash                = 1 // Result.Cash, a string
	tagOccurredAt          = 2 // Earned.OccurredAt, a time
	tagSpend               = 3 // Earned.Spend, a string
	tagTierBefore          = 4 // Earned.TierBefore, a string
	tagTierBeforeReachedAt = 5 // Earned.TierBeforeReachedAt, a time
	tagBadges              = 6 // Earned.Badges, a number of strings and the strings
	tagAsked               = 7 // Result.Asked, the points asked (a varint) and the amount (a string)
)

func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

func appendBool(buf []byte, v bool) []byte {
	if v {
		return append(buf, 1)
	}
	return append(buf, 0)
}

func appendAwards(buf []byte, as []engine.Award) []byte {
	if as == nil {
		return append(buf, 0)
	}
	buf = binary.AppendUvarint(buf, uint64(len(as))+1)
	for _, a := range as {
		buf = appendString(buf, a.Rule)
		buf = binary.AppendVarint(buf, a.Points)
		buf = binary.AppendVarint(buf, a.GrowthValue)
		if a.ExpiresAt == nil {
			buf = append(buf, 0)
			continue
		}
		_, offset := a.ExpiresAt.Zone()
		buf = append(buf, 1)
		buf = binary.AppendVarint(buf, a.ExpiresAt.Unix())
		buf = binary.AppendUvarint(buf, uint64(a.ExpiresAt.Nanosecond()))
		buf = binary.AppendVarint(buf, int64(offset))
	}
	return buf
}

// DecodeResult reads a result as the idempotency table stores it (the export reads an event's
// amount and time from it).
func DecodeResult(raw []byte) (Result, error) { return decodeResult(raw) }

// decodeResult reads a stored result, in either form.
func decodeResult(raw []byte) (Result, error) {
	var r Result
	if len(raw) > 0 && raw[0] != resultFormat && raw[0] != resultFormat1 {
		err := json.Unmarshal(raw, &r)
		return r, err
	}
	d := resultDecoder{buf: raw}
	format := d.byte()
	if format != resultFormat && format != resultFormat1 {
		return r, errBadResult
	}
	r.PostingID = d.varint()
	r.Points = d.varint()
	r.Balance = d.varint()
	r.Held = d.varint()
	r.Shortfall = d.varint()
	r.Member = d.string()
	if d.byte() == 1 {
		e := &Earned{}
		e.RulesetVersion = d.string()
		e.Amount = d.string()
		e.Awards = d.awards(format)
		e.WouldAward = d.awards(format)
		e.Tier = d.string()
		e.TierChanged = d.byte() == 1
		r.Earned = e
	}
	tags := uint64(0)
	if format == resultFormat {
		tags = d.uvarint()
	}
	if tags > uint64(len(d.buf)) { // every tagged field takes at least a byte
		d.bad = true
		tags = 0
	}
	for range tags {
		tag, n := d.byte(), d.uvarint()
		if n > uint64(len(d.buf)) {
			d.bad = true
			break
		}
		rest := d.buf[n:]
		d.buf = d.buf[:n]
		if r.Earned == nil && tag != tagCash && tag <= tagBadges {
			d.bad = true
			break
		}
		switch tag {
		case tagCash:
			r.Cash = d.string()
		case tagAsked:
			r.Asked = &Asked{Points: d.varint(), Amount: d.string()}
		case tagOccurredAt:
			r.Earned.OccurredAt = d.time()
		case tagSpend:
			r.Earned.Spend = d.string()
		case tagTierBefore:
			r.Earned.TierBefore = d.string()
		case tagTierBeforeReachedAt:
			t := d.time()
			r.Earned.TierBeforeReachedAt = &t
		case tagBadges:
			n := d.uvarint()
			if n == 0 || n > uint64(len(d.buf)) {
				d.bad = true
				break
			}
			for range n {
				r.Earned.Badges = append(r.Earned.Badges, d.string())
			}
		default:
			d.buf = nil // a field of a later version: skipped
		}
		if len(d.buf) != 0 {
			d.bad = true
		}
		if d.bad {
			break
		}
		d.buf = rest
	}
	if d.bad || len(d.buf) != 0 {
		return Result{}, errBadResult
	}
	return r, nil
}

var errBadResult = errors.New("stored result is truncated or malformed")

// resultDecoder reads the fields encodeResult wrote. A read past the end, or a malformed
// varint, sets bad and reads zero from then on.
type resultDecoder struct {
	buf []byte
	bad bool
}

func (d *resultDecoder) byte() byte {
	if len(d.buf) == 0 {
		d.bad = true
		return 0
	}
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b
}

func (d *resultDecoder) varint() int64 {
	v, n := binary.Varint(d.buf)
	if !d.skip(n) {
		return 0
	}
	return v
}

func (d *resultDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if !d.skip(n) {
		return 0
	}
	return v
}

// skip moves past a value of n bytes; n <= 0 is a malformed one.
func (d *resultDecoder) skip(n int) bool {
	if n <= 0 {
		d.bad, d.buf = true, nil
		return false
	}
	d.buf = d.buf[n:]
	return true
}

func (d *resultDecoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.buf)) {
		d.bad, d.buf = true, nil
		return ""
	}
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s
}

func (d *resultDecoder) time() time.Time {
	sec, nsec := d.varint(), d.uvarint()
	return time.Unix(sec, int64(nsec)).UTC()
}

// awards reads a list of awards; in format 1 an award had no growth value.
func (d *resultDecoder) awards(format byte) []engine.Award {
	n := d.uvarint()
	if n == 0 || n-1 > uint64(len(d.buf)) { // every award takes at least a byte
		if n != 0 {
			d.bad, d.buf = true, nil
		}
		return nil
	}
	as := make([]engine.Award, 0, n-1)
	for range n - 1 {
		a := engine.Award{Rule: d.string(), Points: d.varint()}
		if format != resultFormat1 {
			a.GrowthValue = d.varint()
		}
		if d.byte() == 1 {
			sec, nsec, offset := d.varint(), d.uvarint(), d.varint()
			t := time.Unix(sec, int64(nsec))
			if offset == 0 {
				t = t.UTC()
			} else {
				t = t.In(time.FixedZone("", int(offset)))
			}
			a.ExpiresAt = &t
		}
		as = append(as, a)
	}
	return as
}
