package ledger

import (
	"encoding/binary"
	"errors"
	"math"
	"strconv"
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// activity is what the ledger keeps of a member's events of one type, for rules to read as
// member.counts, member.totals, member.streak, member.bestStreak and member.daysSince.
type activity struct {
	typ    string
	count  int64
	total  float64 // sum of the events' amounts, for rules (member.totals is a double)
	last   int64   // the latest day with such an event, as days since 1970-01-01
	streak int64   // consecutive days with such an event, ending on last
	best   int64   // the longest streak so far
}

// The activity of a member is kept in members.activity as: a format byte, the number of
// types, then per type its name, count, total, last day, streak and best streak (strings as
// a length and their bytes, integers as varints, the total as the 8 bytes of a float64). A member's row is read and written by
// every batch that touches the member, so this costs no statement of its own.
const activityFormat = 1

func encodeActivity(as []activity) []byte {
	if len(as) == 0 {
		return nil
	}
	buf := []byte{activityFormat}
	buf = binary.AppendUvarint(buf, uint64(len(as)))
	for _, a := range as {
		buf = appendString(buf, a.typ)
		buf = binary.AppendVarint(buf, a.count)
		buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(a.total))
		buf = binary.AppendVarint(buf, a.last)
		buf = binary.AppendVarint(buf, a.streak)
		buf = binary.AppendVarint(buf, a.best)
	}
	return buf
}

var errBadActivity = errors.New("stored activity is truncated or malformed")

func decodeActivity(raw []byte) ([]activity, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	d := resultDecoder{buf: raw}
	if d.byte() != activityFormat {
		return nil, errBadActivity
	}
	n := d.uvarint()
	if n > uint64(len(d.buf)) {
		return nil, errBadActivity
	}
	as := make([]activity, 0, n)
	for range n {
		a := activity{typ: d.string(), count: d.varint()}
		if len(d.buf) < 8 {
			return nil, errBadActivity
		}
		a.total, d.buf = math.Float64frombits(binary.LittleEndian.Uint64(d.buf)), d.buf[8:]
		a.last, a.streak, a.best = d.varint(), d.varint(), d.varint()
		as = append(as, a)
	}
	if d.bad || len(d.buf) != 0 {
		return nil, errBadActivity
	}
	return as, nil
}

// dayNumber is a day (a date at UTC midnight) as days since 1970-01-01.
func dayNumber(day time.Time) int64 { return day.Unix() / 86400 }

// recordActivity returns the member's activity with an event of type typ (amount, a decimal
// or "") on day added, and the days since the latest earlier event of the type (-1: none).
// A day already counted keeps the streak; the next day extends it; a later day starts a new
// one; an event late enough to fall before the latest day counts but leaves the streak.
func recordActivity(as []activity, typ, amount string, day time.Time) ([]activity, int64) {
	out := make([]activity, len(as), len(as)+1)
	copy(out, as)
	i := -1
	for n := range out {
		if out[n].typ == typ {
			i = n
		}
	}
	if i < 0 {
		out = append(out, activity{typ: typ})
		i = len(out) - 1
	}
	a := &out[i]
	d := dayNumber(day)
	since := int64(-1)
	if a.count > 0 && d >= a.last {
		since = d - a.last
	}
	a.count++
	if amount != "" {
		if x, err := strconv.ParseFloat(amount, 64); err == nil {
			a.total += x
		}
	}
	switch {
	case a.count == 1 || d > a.last+1:
		a.last, a.streak = d, 1
	case d == a.last+1:
		a.last, a.streak = d, a.streak+1
	}
	a.best = max(a.best, a.streak)
	return out, since
}

// forRules is the activity as rules see it; since is what recordActivity said of the type
// being judged.
func forRules(as []activity, typ string, since int64, today time.Time) map[string]ruleset.Activity {
	out := make(map[string]ruleset.Activity, len(as))
	d := dayNumber(today)
	for _, a := range as {
		ra := ruleset.Activity{Count: a.count, Total: a.total, Best: a.best, DaysSince: -1}
		if d-a.last <= 1 { // a streak ends once a day passes without the event
			ra.Streak = a.streak
		}
		if a.typ == typ {
			ra.DaysSince = since
		} else if d >= a.last {
			ra.DaysSince = d - a.last
		}
		out[a.typ] = ra
	}
	return out
}
