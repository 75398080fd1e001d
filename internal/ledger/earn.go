package ledger

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// Earn is a member activity for the program's rules to judge. The ledger evaluates it with
// Engine while it holds the member's lock, so that caps count everything the member earned,
// in this batch too; credits what it awards (a penalty, a negative award, is taken from the
// member's points; what the program forbids taking below zero is recorded as shortfall);
// counts the event towards tiers; and moves the member up a tier as soon as they qualify.
//
// The idempotency key is the event id: the same event evaluated twice earns once.
type Earn struct {
	Event       engine.Event   `json:"event"`
	Engine      *engine.Engine `json:"-"`
	Fingerprint []byte         `json:"-"`
	// MaxAge, when positive, refuses an event that occurred longer ago than that
	// (ErrEventTooLate). The check runs with the batch, so a retry of an event taken in time
	// still gets its first result.
	MaxAge time.Duration `json:"-"`
	// Referrer, on a referral, is the member who referred the event's member. The referral
	// is refused (ErrReferralRefused) unless the event's member is new to the program (no
	// activity before), the referrer is another member of it, and the member has no other
	// referrer; it records the referrer on the member.
	Referrer string `json:"-"`
}

// EarnKey is the idempotency key of the event with id.
func EarnKey(id string) string { return "event:" + id }

func (o Earn) idempotencyKey() string {
	if o.Event.ID == "" {
		return ""
	}
	return EarnKey(o.Event.ID)
}
func (Earn) opKind() string        { return "earn" }
func (o Earn) fingerprint() []byte { return o.Fingerprint }

// Earned is what an Earn decided, in its Result.
type Earned struct {
	RulesetVersion string `json:"rulesetVersion"`
	// Amount is the event's amount, which a partial refund is measured against.
	Amount     string         `json:"amount,omitempty"`
	Awards     []engine.Award `json:"awards"`
	WouldAward []engine.Award `json:"wouldAward,omitempty"`
	// Tier is the member's tier after the event; TierChanged says the event moved them up.
	Tier        string `json:"tier"`
	TierChanged bool   `json:"tierChanged,omitempty"`
	// OccurredAt is when the event happened, as judged: its day is the one it counted on.
	OccurredAt time.Time `json:"occurredAt,omitzero"`
	// Spend is the amount the event counted toward metric Spend; empty for none.
	Spend string `json:"spend,omitempty"`
	// TierBefore is the member's tier before the event, and TierBeforeReachedAt when they had
	// reached it: where a reversal of the event may take them back to.
	TierBefore          string     `json:"tierBefore,omitempty"`
	TierBeforeReachedAt *time.Time `json:"tierBeforeReachedAt,omitempty"`
	// Badges are the names of the badges the event earned.
	Badges []string `json:"badges,omitempty"`
	// Explanation is every rule's verdict. It is not kept: a replayed result has none.
	Explanation []engine.Explanation `json:"-"`
}

// usageRow is one member_daily row read for caps and tiers.
type usageRow struct {
	day    time.Time
	rule   string
	points int64
	awards int64
	spend  string
	growth int64
	// month says the row is a month's total (member_monthly), dated the month's first day.
	month bool
}

// usageWanted returns the members of Earn ops and what their caps and tier windows look back
// to: the counters loadUsage reads.
func usageWanted(b *batch, ops []Op, todo []int) (members []string, plan usagePlan) {
	seen := map[string]bool{}
	for _, i := range todo {
		o, ok := ops[i].(Earn)
		if !ok || o.Engine == nil {
			continue
		}
		if !seen[o.Event.Member] {
			seen[o.Event.Member] = true
			members = append(members, o.Event.Member)
		}
		plan.add(o.Engine, b.day(b.occurred(o)))
	}
	return members, plan
}

// usageQuery reads the daily rows of the members $1 from day $2 on: the days of a usagePlan
// read one by one from its recent day (the months before it are olderUsageQuery's). The ctid
// lets flush update a row without looking it up again. A few members are looked up one by
// one (the OFFSET keeps the subquery from being merged into a join); many are found by one
// bitmap scan of the key, which in batches of 1,000 events took less time (alternate runs:
// 18,599 and 17,966 purchases/s against 17,163 and 17,526) but more for a commit of a dozen.
func usageQuery(members []string) string {
	if len(members) >= usageScanFrom {
		return `
	SELECT member_id, ctid, day, rule, points, awards, spend::text, growth_value, false FROM {s}.member_daily
	WHERE member_id = ANY($1) AND day >= $2`
	}
	return `
	SELECT m.id, d.ctid, d.day, d.rule, d.points, d.awards, d.spend::text, d.growth_value, false
	FROM unnest($1::text[]) AS m(id), LATERAL (
	  SELECT ctid, day, rule, points, awards, spend, growth_value FROM {s}.member_daily
	  WHERE member_id = m.id AND day >= $2 OFFSET 0) d`
}

// usageScanFrom is how many members usageQuery reads with one scan.
const usageScanFrom = 64

// loadUsage keeps the rows of usageQuery: what the members of Earn ops earned per day and
// rule. It runs under the member locks, so nothing changes them meanwhile.
func (b *batch) loadUsage(br pgx.BatchResults) error {
	rows, err := br.Query()
	if err != nil {
		return fmt.Errorf("load usage: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m string
		var u usageRow
		var tid pgtype.TID
		if err := rows.Scan(&m, &tid, &u.day, &u.rule, &u.points, &u.awards, &u.spend, &u.growth, &u.month); err != nil {
			return err
		}
		b.usage[m] = append(b.usage[m], u)
		if !u.month {
			b.existingDaily[dailyKeyOf(m, u.day, u.rule)] = tid
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load usage: %w", err)
	}
	return nil
}

// dailyKey names a member_daily row.
type dailyKey struct {
	member, rule string
	day          int64 // Unix seconds of the day's UTC midnight
}

func dailyKeyOf(member string, day time.Time, rule string) dailyKey {
	return dailyKey{member: member, rule: rule, day: day.Unix()}
}

// usageStart is the first day whose usage an event on day can depend on: the start of its
// week and month for caps (all time for lifetime caps) and of its tier window.
func usageStart(e *engine.Engine, day time.Time) time.Time {
	rs := e.Ruleset()
	start := earliest(weekStart(day), monthStart(day))
	for i := -1; i < len(rs.Rules); i++ { // the program's caps, then each rule's
		caps := rs.Program.Caps
		if i >= 0 {
			caps = rs.Rules[i].Caps
		}
		for _, c := range caps {
			switch c.Period {
			case ruleset.PeriodLifetime:
				return time.Time{}
			case ruleset.PeriodYear:
				start = earliest(start, yearStart(day))
			}
		}
	}
	if rs.Tiers != nil {
		start = earliest(start, windowStart(rs.Tiers, day))
	}
	return start
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// yearStart is the first of January of day's year.
func yearStart(day time.Time) time.Time { return time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }

// weekStart is the Monday of day's week; monthStart the first of its month.
func weekStart(day time.Time) time.Time { return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7)) }
func monthStart(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// windowStart is the first day of the tier window ending on day.
func windowStart(t *ruleset.Tiers, day time.Time) time.Time {
	if t.Window == ruleset.WindowCalendarYear {
		return time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	months := int(t.WindowMonths)
	if months <= 0 {
		months = 12
	}
	return day.AddDate(0, -months, 1)
}

func (b *batch) occurred(o Earn) time.Time {
	if o.Event.OccurredAt.IsZero() {
		return b.now
	}
	return o.Event.OccurredAt
}

// engineState is the member as the engine sees them for an event on day: their usage, which
// includes what this batch has already added (addDaily).
func (b *batch) engineState(m *memberState, day time.Time) engine.MemberState {
	st := engine.MemberState{
		Member: ruleset.Member{ID: m.id, Tier: m.tier, Attributes: m.attributes, JoinedAt: m.joinedAt, Birthday: m.birthday, Segments: m.segments},
		Rules:  map[string]engine.Usage{},
	}
	week, month, year := weekStart(day), monthStart(day), yearStart(day)
	add := func(rule string, d time.Time, points, awards int64) {
		u := st.Program
		if rule != "" {
			u = st.Rules[rule]
		}
		t := engine.Tally{Points: points, Count: awards}
		u.Lifetime = plus(u.Lifetime, t)
		if !d.Before(year) && !d.After(day) {
			u.Year = plus(u.Year, t)
		}
		if !d.Before(month) && !d.After(day) {
			u.Month = plus(u.Month, t)
		}
		if !d.Before(week) && !d.After(day) {
			u.Week = plus(u.Week, t)
		}
		if d.Equal(day) {
			u.Day = plus(u.Day, t)
		}
		if rule == "" {
			st.Program = u
		} else {
			st.Rules[rule] = u
		}
	}
	for _, u := range b.usage[m.id] {
		add(u.rule, u.day, u.points, u.awards)
	}
	return st
}

func plus(a, b engine.Tally) engine.Tally {
	return engine.Tally{Points: a.Points + b.Points, Count: a.Count + b.Count}
}

// addDaily records a day's counters to write, and counts them in the usage of members whose
// usage was loaded, so later events of the batch see them without rescanning the batch.
func (b *batch) addDaily(d dailyRow) {
	b.daily = append(b.daily, d)
	if !b.usageMembers[d.member] {
		return
	}
	// A replay adds to the member's row of the day and rule when it is among the last of the
	// day (where a day's rows are, as events come in order): it keeps a row per day and rule,
	// not one per event of a month, which every later event of the member would go through.
	// A batch's few rows are cheaper appended.
	rows := b.usage[d.member]
	for i := len(rows) - 1; b.replay && i >= 0 && rows[i].day.Equal(d.day); i-- {
		if u := &rows[i]; u.rule == d.rule {
			u.points += d.points
			u.awards += int64(d.awards)
			u.growth += d.growth
			if d.spend != "" && d.spend != "0" {
				u.spend = addDecimal(u.spend, d.spend)
			}
			return
		}
	}
	b.usage[d.member] = append(rows, usageRow{day: d.day, rule: d.rule, points: d.points,
		awards: int64(d.awards), spend: d.spend, growth: d.growth})
}

// tierMetric is the member's tier metric over the window ending on day, this batch included.
func (b *batch) tierMetric(t *ruleset.Tiers, member string, day time.Time) int64 {
	var since *time.Time
	if m := b.members[member]; m != nil {
		since = m.metricSince
	}
	return tierMetricOf(t, b.usage[member], since, day)
}

// tierMetricOf is the one definition of a member's tier metric under t over the window
// ending on day, from their daily totals (the rows of rule ""): the points earned, the spend
// in whole currency units (rounded down), or the growth value counted from the review that
// last reset it (since). tierMetricSQL is its twin in SQL, held to it by
// TestTierMetricInGoAndSQLAgree.
func tierMetricOf(t *ruleset.Tiers, rows []usageRow, since *time.Time, day time.Time) int64 {
	from := windowStart(t, day)
	if since != nil && t.Metric == ruleset.MetricGrowthValue && since.After(from) {
		from = *since
	}
	var sum int64
	spend := new(big.Rat)
	for _, u := range rows {
		if u.rule != "" || u.day.Before(from) || u.day.After(day) {
			continue
		}
		switch t.Metric {
		case ruleset.MetricSpend:
			if r, ok := new(big.Rat).SetString(u.spend); ok {
				spend.Add(spend, r)
			}
		case ruleset.MetricGrowthValue:
			sum += u.growth
		default:
			sum += u.points
		}
	}
	if t.Metric == ruleset.MetricSpend {
		// Rounded down, as SQL's floor does, negative totals included.
		return new(big.Int).Div(spend.Num(), spend.Denom()).Int64()
	}
	return sum
}

// earn evaluates an event and posts what it earned: the credit under id, a penalty under a
// second posting id when the rules take points too.
func (b *batch) earn(o Earn, id int64) (Result, error) {
	if o.Engine == nil {
		return Result{}, opErr(CodeInvalid, "no rule set is loaded to evaluate event %s", o.Event.ID)
	}
	m := b.members[o.Event.Member]
	before := m.available(b.now)
	at := b.occurred(o)
	day := b.day(at)
	if !m.activityRead {
		as, err := decodeActivity(m.activityRaw)
		if err != nil {
			return Result{}, fmt.Errorf("member %s: %w", m.id, err)
		}
		m.activity, m.activityRead = as, true
	}
	if o.Referrer != "" {
		if err := b.checkReferral(m, o.Referrer); err != nil {
			return Result{}, err
		}
	}
	activity, since := recordActivity(m.activity, o.Event.Type, o.Event.Amount, day)
	state := b.engineState(m, day)
	if o.Engine.ReadsActivity() { // only rules that read them pay for the maps
		state.Member = state.Member.WithActivity(forRules(activity, o.Event.Type, since, day))
	}
	if m.badges != "" {
		state.Badges = map[string]bool{}
		for _, k := range strings.Split(m.badges, "\n") {
			state.Badges[k] = true
		}
	}
	out, err := o.Engine.Evaluate(o.Event, state, b.now)
	if err != nil {
		return Result{}, opErr(CodeInvalid, "event %s: %v", o.Event.ID, err)
	}
	m.activity, m.dirty = activity, true
	if o.Referrer != "" {
		m.referredBy = o.Referrer
	}
	tiers := o.Engine.Ruleset().Tiers
	earned := &Earned{RulesetVersion: out.RulesetVersion, Amount: o.Event.Amount, Awards: out.Awards, WouldAward: out.WouldAward,
		Explanation: out.Explanation, OccurredAt: at.UTC(), TierBefore: m.tier, TierBeforeReachedAt: m.tierReachedAt}
	if earned.Awards == nil {
		earned.Awards = []engine.Award{}
	}
	if tiers.CountsSpend(o.Event.Type) {
		earned.Spend = o.Event.Amount
	}
	var credits []Award
	var penalties []engine.Award
	var growth int64 // penalties deduct theirs
	for _, a := range out.Awards {
		growth += a.GrowthValue
		if a.Points > 0 {
			credits = append(credits, Award{Rule: a.Rule, Points: a.Points, ExpiresAt: a.ExpiresAt})
		} else if a.Points < 0 {
			penalties = append(penalties, a)
		}
	}
	// The event is recorded even when it earns nothing: it is counted for tiers (a purchase's
	// spend), and its posting says which rule set judged it.
	res := b.credit(Credit{Key: o.idempotencyKey(), Member: m.id, EventID: o.Event.ID, RulesetVersion: out.RulesetVersion,
		Reason: o.Event.Type, OccurredAt: at, Awards: credits, Spend: earned.Spend, GrowthValue: growth,
		counted: o.Engine.Capped}, id)
	// What the event said besides its amount and time (which its stored result keeps) is kept
	// only when it said something: a row for every purchase cost a sixth of the throughput.
	if len(o.Event.Attributes) > 0 || len(o.Event.Items) > 0 {
		b.details = append(b.details, detailRow{posting: id, event: o.Event})
	}
	for _, a := range penalties {
		res = b.penalize(m, b.spareID(), o, a, out.RulesetVersion)
	}
	res.PostingID, res.Points, res.Balance, res.Held = id, m.available(b.now)-before, m.available(b.now), m.held
	if t := tiers; t != nil {
		if up := o.Engine.Upgrade(m.tier, b.tierMetric(t, m.id, day)); up != m.tier {
			now := b.now
			b.notices = append(b.notices, tierNotice(m.id, m.tier, up, "Qualified", now))
			m.tier, m.tierReachedAt, m.dirty = up, &now, true
			earned.TierChanged = true
		}
	}
	for _, bd := range out.Badges {
		if m.badges != "" {
			m.badges += "\n"
		}
		m.badges += bd.Key
		award := BadgeAward{Badge: bd.Badge, Description: bd.Description, Rule: bd.Rule, EventID: o.Event.ID, PostingID: id, At: b.now}
		b.badges = append(b.badges, badgeRow{member: m.id, key: bd.Key, award: award})
		body, _ := json.Marshal(award)
		b.notices = append(b.notices, noticeRow{kind: NoticeBadgeAwarded, member: m.id, body: body, at: b.now})
		earned.Badges = append(earned.Badges, bd.Badge)
	}
	earned.Tier = m.tier
	res.Earned = earned
	return res, nil
}

// checkReferral refuses a referral of m by referrer that the program cannot take.
func (b *batch) checkReferral(m *memberState, referrer string) error {
	refuse := func(format string, args ...any) error {
		e := opErr(CodeReferralRefused, format, args...)
		e.Field = "attributes.referrer"
		return e
	}
	switch { // self-referrals and unknown referrers were refused before (refusedEarly)
	case m.referredBy != "" && m.referredBy != referrer:
		return refuse("member %s was referred by %s; a member has one referrer", m.id, m.referredBy)
	case len(m.activity) > 0:
		return refuse("member %s has taken part in the program before; only a new member can be referred", m.id)
	}
	return nil
}

// refusedEarly refuses, before anything is loaded, an Earn whose event occurred longer ago
// than its MaxAge, and a referral by themselves or by someone who is not a member.
func (b *batch) refusedEarly(op Op) error {
	o, ok := op.(Earn)
	if !ok {
		return nil
	}
	if r := o.Referrer; r != "" && (r == o.Event.Member || !b.known[r]) {
		e := opErr(CodeReferralRefused, "%s is not a member of this program", r)
		if r == o.Event.Member {
			e.Message = "a member cannot refer themselves"
		}
		e.Field = "attributes.referrer"
		return e
	}
	if o.MaxAge <= 0 {
		return nil
	}
	if at := b.occurred(o); at.Before(b.now.Add(-o.MaxAge)) {
		return opErr(CodeEventTooLate, "event %s occurred at %s, more than %s ago; the program takes events up to %s old",
			o.Event.ID, at.UTC().Format(time.RFC3339), days(o.MaxAge), days(o.MaxAge))
	}
	return nil
}

// days writes a duration of whole days as days ("30 days"), others as Go does.
func days(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%d days", d/(24*time.Hour))
	}
	return d.String()
}

// penalize takes a penalty award from the member: from their lots, then, where the program
// allows, below zero; otherwise the rest is recorded as the posting's shortfall.
func (b *batch) penalize(m *memberState, id int64, o Earn, a engine.Award, version string) Result {
	points := -a.Points
	allocs, taken := b.take(m, points)
	short := points - taken
	if short > 0 && b.l.opts.AllowNegative {
		b.addDebt(m, id, 0, short, a.Rule, o.Event.ID)
		taken, short = points, 0
	}
	m.balance -= taken
	m.dirty = true
	var lines []entryRow
	if taken > 0 {
		lines = move(AccountMember, AccountAdjusted, taken, a.Rule)
	}
	p := b.post(postingRow{id: id, kind: PostingDebit, member: m.id, points: -taken, key: o.idempotencyKey(),
		event: o.Event.ID, ruleset: version, reason: "penalty", allocations: allocs, shortfall: short}, lines...)
	return b.result(p)
}
