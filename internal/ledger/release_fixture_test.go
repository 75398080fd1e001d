package ledger_test

// TestGenerateReleaseFixture writes the fixture the next release tests its upgrade with
// (TestUpgradeFromThePreviousRelease): a pg_dump of one ledger schema ("program") made by
// this release's code, holding a few months of a coffee program's activity. A release
// commits its own, made with
//
//	make release-fixture
//
// which writes to testdata, for the schema version N this release migrates to,
//
//   - release-N.sql: pg_dump --schema=program --no-owner --no-privileges --no-comments
//     (plain format: the rows are COPY ... FROM stdin blocks, restored with psql);
//   - release-N.expected: per member, sorted by id in byte order, "member balance held tier"
//     (tier "-" for none), then "postings N", for the upgraded database to be checked against.
//
// The program is the coffee sample (config/samples/coffee): purchases, capped sign-ins,
// reviews, birthday-month double points, a seven-day streak and a critic badge, referrals,
// Silver and Gold tiers over a rolling year with a monthly review, a free drink and a
// limited mug. A fixed clock in Asia/Shanghai runs from January 2025 (four members reach
// their tiers, so that the review of 1 March 2026, 13 months on, renews and downgrades
// them) through January to April 2026, day by day, running the daily jobs (expiry of points
// and holds, expiry notices) and the monthly tier review as the operator would, with a
// deterministic random workload between scripted cases of every operation the ledger
// offers. Before dumping it checks the books (Verify), and after, that the dump restores
// with psql into a fresh database where the books, the members and the counts of every
// table are the same.
//
// The erasures give two members random pseudonyms, and the columns the database fills with
// now() (members.created_at, idempotency.created_at, rulesets.published_at,
// schema_migrations.applied_at) hold the real time of the run, not the clock's: two runs
// write different files.

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/testenv"
)

func TestGenerateReleaseFixture(t *testing.T) {
	if os.Getenv("TALLY_WRITE_RELEASE_FIXTURE") == "" {
		t.Skip("make release-fixture writes the release fixture (TALLY_WRITE_RELEASE_FIXTURE=1)")
	}
	dir := "testdata"
	ctx := context.Background()
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2025, 1, 6, 9, 0, 0, 0, shanghai)}
	l, pool := newLedger(t, ledger.Options{Location: shanghai, HoldTTL: 15 * time.Minute, Now: c.now})

	// The coffee sample, and a second version of it published in March 2026 that gives 25
	// points for a review instead of 20.
	rs1 := testenv.SampleRuleset(t, "coffee")
	in, err := testenv.SampleInput("coffee", "test")
	if err != nil {
		t.Fatal(err)
	}
	for i := range in.Rules {
		if in.Rules[i].Name == "review" {
			in.Rules[i].Spec.Points.Fixed = ptr(int64(25))
		}
	}
	rs2, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if rs1.Version == rs2.Version {
		t.Fatal("the second rule set has the version of the first")
	}
	eng1, err := engine.New(rs1)
	if err != nil {
		t.Fatal(err)
	}
	eng2, err := engine.New(rs2)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Publish(ctx, rs1); err != nil {
		t.Fatal(err)
	}
	eng := eng1

	kinds := map[string]int{} // operation kind -> successful operations
	count := func(kind string) { kinds[kind]++ }
	at := func(y int, m time.Month, d, h, min int) { c.t = time.Date(y, m, d, h, min, 0, 0, shanghai) }
	erased := map[string]bool{}

	// ev is an event of the member at the clock's time; its id is also its idempotency key
	// (ledger.EarnKey) and the id a reversal names.
	ev := func(id, member, typ, amount string) ledger.Earn {
		return ledger.Earn{Engine: eng, Event: engine.Event{ID: id, Member: member, Type: typ, Amount: amount,
			Currency: "CNY", OccurredAt: c.t}}
	}
	earnOne := func(e ledger.Earn) ledger.Result {
		t.Helper()
		r := mustPost(t, l, e)
		count("earn " + e.Event.Type)
		return r
	}
	do := func(kind string, op ledger.Op) ledger.Result {
		t.Helper()
		r := mustPost(t, l, op)
		count(kind)
		return r
	}
	// refer posts a referral as program.Events does: the new member's event (role "new"),
	// then the referrer's under ledger.ReferrerEventPrefix + id (role "referrer").
	refer := func(id, member, referrer string) {
		t.Helper()
		e := ev(id, member, "referral", "")
		e.Event.Attributes = map[string]string{"referrer": referrer, "role": "new", "channel": "app-share"}
		e.Referrer = referrer
		earnOne(e)
		s := ev(ledger.ReferrerEventPrefix+id, referrer, "referral", "")
		s.Event.Attributes = map[string]string{"role": "referrer", "referred": member}
		earnOne(s)
	}
	purchase := func(id, member, amount string, items ...ruleset.Item) ledger.Result {
		t.Helper()
		e := ev(id, member, "purchase", amount)
		if len(items) > 0 {
			e.Event.Items = items
			e.Event.Attributes = map[string]string{"store": "sh-jingan-01", "channel": "pos"}
		}
		return earnOne(e)
	}
	profile := func(member string, p ledger.Profile) {
		t.Helper()
		if _, _, err := l.UpdateProfile(ctx, member, "crm-sync", func(old ledger.Profile) (ledger.Profile, error) {
			if p.ReferredBy == "" {
				p.ReferredBy = old.ReferredBy
			}
			return p, nil
		}); err != nil {
			t.Fatalf("profile of %s: %v", member, err)
		}
		count("profile update")
	}
	// daily runs the jobs of the operator at the start of a day (the coffee program's
	// expiry schedule is 00:15 with 30 days' notice) and the tier review on the 1st at 04:00.
	daily := func(day time.Time) {
		t.Helper()
		c.t = day.Add(15 * time.Minute)
		if rep, err := l.Expire(ctx, c.t, 10, 1); err != nil {
			t.Fatal(err)
		} else if rep.Points > 0 {
			kinds["expire (job)"] += int(rep.Members)
		}
		if rep, err := l.NoticeExpiring(ctx, c.t, 30*24*time.Hour, "0.10", "CNY", 10); err != nil {
			t.Fatal(err)
		} else {
			kinds["points-expiring notice (job)"] += int(rep.Notices)
		}
		if n, _, err := l.ExpireHolds(ctx, 100); err != nil {
			t.Fatal(err)
		} else {
			kinds["hold expired (job)"] += n
		}
		if day.Day() == 1 {
			c.t = day.Add(4 * time.Hour)
			rep, err := l.ReviewTiers(ctx, eng, c.t, 10, false, nil)
			if err != nil {
				t.Fatal(err)
			}
			kinds["tier review: renewed"] += int(rep.Renewed)
			kinds["tier review: downgraded"] += int(rep.Downgraded)
			t.Logf("tier review of %s: %+v", day.Format("2006-01-02"), rep)
		}
	}

	// --- 2025: four early members reach their tiers. -------------------------------------
	vets := []string{"member-01", "member-02", "member-03", "member-04"}
	for i, m := range vets {
		at(2025, 1, 6, 9, i)
		profile(m, ledger.Profile{Birthday: fmt.Sprintf("1990-0%d-1%d", i+5, i), Attributes: map[string]string{"city": "Shanghai", "plan": "founder"},
			Segments: []string{"members", "founders"}})
	}
	at(2025, 1, 6, 10, 0)
	purchase("2025-order-01a", "member-01", "600.00") // 600
	purchase("2025-order-01b", "member-01", "500.00") // 1,100: Silver
	purchase("2025-order-02a", "member-02", "1200.00")
	purchase("2025-order-03a", "member-03", "1050.00")
	purchase("2025-order-04a", "member-04", "88.00")
	at(2025, 1, 13, 10, 0)
	purchase("2025-order-01c", "member-01", "1500.00") // 1,875
	purchase("2025-order-01d", "member-01", "2000.00") // 2,500: 5,475, Gold
	for d := range 3 {
		at(2025, 1, 13+d, 8, 30)
		for _, m := range vets {
			earnOne(ev(fmt.Sprintf("2025-sign-in-%s-%d", m, d), m, "sign_in", ""))
		}
	}
	at(2025, 1, 20, 12, 0)
	earnOne(ev("2025-review-04", "member-04", "review", ""))
	do("debit redeem", ledger.Debit{Key: "2025-spend-01", Member: "member-01", Kind: ledger.DebitRedeem, Points: 400, Reason: "partner voucher", Actor: "partner-api"})

	// --- January to April 2026, day by day. -----------------------------------------------
	members := slices.Clone(vets)
	for i := 5; i <= 30; i++ {
		members = append(members, fmt.Sprintf("member-%02d", i))
	}
	joined := map[string]bool{}
	for _, m := range vets {
		joined[m] = true
	}
	// The referred members join by their referral, in the script.
	referred := map[string]bool{"member-11": true, "member-12": true, "member-13": true}
	// member-03 comes no more after 2025: the review takes them down from Silver.
	dormant := map[string]bool{"member-03": true}
	rng := rand.New(rand.NewPCG(2026, 19))
	amount := func(lo, hi int) string { return fmt.Sprintf("%d.%02d", lo+rng.IntN(hi-lo), rng.IntN(4)*25) }
	menu := []ruleset.Item{{SKU: "latte-l", Category: "coffee", Quantity: 2, Price: 34}, {SKU: "croissant", Category: "bakery", Quantity: 1, Price: 18.5}}
	welcome := func(m string) {
		// A welcome bonus that expires 60 days after joining: the expiry job takes what is
		// not spent by then, after a notice 30 days before.
		exp := c.t.AddDate(0, 0, 60)
		do("credit (welcome bonus, expiring)", ledger.Credit{Key: "welcome-" + m, Member: m, EventID: "welcome-" + m, OccurredAt: c.t,
			Reason: "welcome bonus", Actor: "crm-campaign", Awards: []ledger.Award{{Rule: "welcome-bonus", Points: 50, ExpiresAt: &exp}}})
	}

	script := map[string]func(){
		"2026-01-05": func() {
			// Chinese New Year campaign points, expiring at the end of February.
			exp := time.Date(2026, 3, 1, 0, 0, 0, 0, shanghai)
			var ops []ledger.Op
			for _, m := range vets {
				ops = append(ops, ledger.Credit{Key: "cny-promo-" + m, Member: m, EventID: "cny-promo-" + m, OccurredAt: c.t,
					Reason: "CNY campaign", Actor: "crm-campaign", Awards: []ledger.Award{{Rule: "cny-promo", Points: 88, ExpiresAt: &exp}}})
			}
			for range mustPostAll(t, l, ops) {
				count("credit (campaign, batch)")
			}
			// member-02 keeps earning, and will be renewed at the review.
			purchase("order-02-big", "member-02", "1150.00")
		},
		"2026-01-12": func() {
			// member-06 signs in four times in a day: the cap of 15 a day lets three earn.
			for i := range 4 {
				c.t = c.t.Add(time.Duration(i) * time.Minute)
				earnOne(ev(fmt.Sprintf("sign-in-06-burst-%d", i), "member-06", "sign_in", ""))
			}
			// member-10 refers member-11 and member-12; member-11 refers member-13.
			refer("ref-11", "member-11", "member-10")
			refer("ref-12", "member-12", "member-10")
			for _, m := range []string{"member-11", "member-12"} {
				joined[m] = true
				profile(m, ledger.Profile{Attributes: map[string]string{"source": "referral"}})
			}
		},
		"2026-01-19": func() {
			refer("ref-13", "member-13", "member-11")
			joined["member-13"] = true
			// Profiles of eight members at once, from the brand's CRM.
			var ps []ledger.ImportedProfile
			for i := 14; i <= 21; i++ {
				ps = append(ps, ledger.ImportedProfile{Member: fmt.Sprintf("member-%02d", i), Profile: ledger.Profile{
					Birthday:   fmt.Sprintf("%02d-%02d", i%12+1, i),
					Attributes: map[string]string{"city": []string{"Shanghai", "Hangzhou", "Suzhou"}[i%3], "optIn": "true"},
					Segments:   []string{"members", []string{"students", "office", "family"}[i%3]}}})
			}
			n, err := l.ImportProfiles(ctx, "crm-import", ps)
			if err != nil || n != len(ps) {
				t.Fatalf("import profiles: %d, %v", n, err)
			}
			kinds["profile import"] += n
		},
		"2026-02-02": func() {
			// Holds of member-05 at checkouts: captured whole, captured in part, released.
			purchase("order-05-feb", "member-05", "1800.00", menu...)
			do("hold", ledger.Hold{Key: "hold-05-a", HoldID: "checkout-05-a", Member: "member-05", Points: 300, Reason: "checkout", OrderAmount: "30.00"})
			do("capture (whole)", ledger.Capture{Key: "capture-05-a", HoldID: "checkout-05-a", Reason: "paid"})
			do("hold", ledger.Hold{Key: "hold-05-b", HoldID: "checkout-05-b", Member: "member-05", Points: 500, OrderAmount: "120.00"})
			do("capture (part)", ledger.Capture{Key: "capture-05-b", HoldID: "checkout-05-b", Points: 400})
			do("hold", ledger.Hold{Key: "hold-05-c", HoldID: "checkout-05-c", Member: "member-05", Points: 200})
			do("release", ledger.Release{Key: "release-05-c", HoldID: "checkout-05-c", Reason: "basket abandoned"})
			// A hold nobody settles: it expires, and the next day's job releases it.
			do("hold", ledger.Hold{Key: "hold-05-d", HoldID: "checkout-05-d", Member: "member-05", Points: 100, TTL: 10 * time.Minute})
		},
		"2026-02-09": func() {
			// The order paid with hold b is refunded: 30.00 of 120.00 as money, then 50 points,
			// then the rest.
			do("refund hold (by amount)", ledger.RefundHold{Key: "refund-05-b-1", HoldID: "checkout-05-b", Amount: "30.00", Reason: "item returned", Actor: "store-sh-01"})
			do("refund hold (by points)", ledger.RefundHold{Key: "refund-05-b-2", HoldID: "checkout-05-b", Points: 50, Actor: "support"})
			do("refund hold (rest)", ledger.RefundHold{Key: "refund-05-b-3", HoldID: "checkout-05-b", Reason: "order cancelled"})
			// A retried request replays its first result.
			if r := post(t, l, ledger.RefundHold{Key: "refund-05-b-3", HoldID: "checkout-05-b", Reason: "order cancelled"}); r.Err != nil || !r.Replayed {
				t.Fatalf("retry of a refund: %+v", r)
			}
		},
		"2026-02-16": func() {
			// Refunds of purchases: in part by money, in part by points, whole; with the engine,
			// so that a tier the event brought is reconsidered.
			purchase("order-07-r", "member-07", "200.00", menu...)
			do("reverse (by amount)", ledger.Reverse{Key: "refund-07-r-1", EventID: "order-07-r", Amount: "50.00", Reason: "partial refund", Actor: "store-sh-02", Engine: eng})
			do("reverse (by points)", ledger.Reverse{Key: "refund-07-r-2", EventID: "order-07-r", Points: 30, Reason: "goodwill correction", Actor: "support", Engine: eng})
			purchase("order-08-big", "member-08", "1100.00") // Silver at once
			do("reverse (whole, tier re-evaluated)", ledger.Reverse{Key: "refund-08-big", EventID: "order-08-big", Reason: "order refunded", Actor: "store-sh-01", Engine: eng})
			// member-09 spends what a purchase earned, then the purchase is refunded: the spent
			// part is a shortfall (the program forbids negative balances).
			purchase("order-09-s", "member-09", "350.00")
			do("redeem (catalog)", ledger.Redeem{Key: "redeem-09-drink", RedemptionID: "rd-09-drink", Member: "member-09", SKU: "free-drink", Quantity: 1, Engine: eng})
			if left := balance(t, l, "member-09").Available - 30; left > 0 {
				do("debit redeem", ledger.Debit{Key: "spend-09-voucher", Member: "member-09", Kind: ledger.DebitRedeem, Points: left, Reason: "partner voucher", Actor: "partner-api"})
			}
			if r := do("reverse (whole, shortfall)", ledger.Reverse{Key: "refund-09-s", EventID: "order-09-s", Engine: eng}); r.Shortfall == 0 {
				t.Fatalf("refund of spent points: no shortfall in %+v", r)
			}
		},
		"2026-02-23": func() {
			// Manual adjustments and a penalty.
			do("credit (adjustment)", ledger.Credit{Key: "adjust-14", Member: "member-14", OccurredAt: c.t, Adjustment: true,
				Reason: "missing points for order 88123", Actor: "support:lin", Awards: []ledger.Award{{Rule: "manual", Points: 120}}})
			do("debit adjustment", ledger.Debit{Key: "adjust-15", Member: "member-15", Kind: ledger.DebitAdjustment, Points: 10, Reason: "duplicate sign-in bonus", Actor: "support:lin"})
			do("debit penalty", ledger.Debit{Key: "penalty-16", Member: "member-16", Kind: ledger.DebitPenalty, Points: 20, Rule: "abuse", Reason: "coupon abuse", Actor: "fraud-team"})
			// A redemption outside the catalog with a cash part, in a limited item.
			if err := l.SetStock(ctx, "gift-box", ptr(int64(5))); err != nil {
				t.Fatal(err)
			}
			purchase("order-17-gift", "member-17", "650.00")
			do("redeem (cash part)", ledger.Redeem{Key: "redeem-17-gift", RedemptionID: "rd-17-gift", Member: "member-17", SKU: "gift-box", Quantity: 1,
				Points: 500, PerMemberLimit: 2, Reason: "spring gift box", Cash: "19.90"})
		},
		"2026-03-02": func() {
			if err := l.Publish(ctx, rs2); err != nil {
				t.Fatal(err)
			}
			eng = eng2
			kinds["publish rule set"]++
			// member-14, born in March and in the segment "members", earns double this month.
			r := purchase("order-14-bday", "member-14", "120.00", menu...)
			if !slices.ContainsFunc(r.Earned.Awards, func(a engine.Award) bool { return a.Rule == "birthday-month" }) {
				t.Fatalf("birthday-month purchase: %+v", r.Earned.Awards)
			}
			do("redeem (catalog)", ledger.Redeem{Key: "redeem-01-mug", RedemptionID: "rd-01-mug", Member: "member-01", SKU: "mug", Quantity: 1, Engine: eng})
			do("redeem (catalog)", ledger.Redeem{Key: "redeem-02-mug", RedemptionID: "rd-02-mug", Member: "member-02", SKU: "mug", Quantity: 1, Engine: eng})
			do("cancel redemption", ledger.CancelRedemption{Key: "cancel-02-mug", RedemptionID: "rd-02-mug", Reason: "out of the colour asked for"})
		},
		"2026-04-13": func() {
			// Acknowledge the notices sent so far.
			ns, _, err := l.Notices(ctx, 0, 10000)
			if err != nil || len(ns) == 0 {
				t.Fatalf("notices: %d, %v", len(ns), err)
			}
			if _, err := l.AckNotices(ctx, ns[len(ns)*2/3].Cursor); err != nil {
				t.Fatal(err)
			}
			kinds["acknowledge notices"]++
		},
		"2026-04-20": func() {
			// member-29 holds points at a checkout that is never settled: the erasure forfeits them.
			do("hold", ledger.Hold{Key: "hold-29", HoldID: "checkout-29", Member: "member-29", Points: 40, TTL: 24 * time.Hour})
			// Erasures: member-29 with points available and held, member-10 who referred two
			// members (their referred_by becomes the pseudonym).
			for _, m := range []string{"member-29", "member-10"} {
				e, err := l.Erase(ctx, m, "privacy-desk", "erasure request (PIPL art. 47)")
				if err != nil {
					t.Fatal(err)
				}
				if e.Forfeited == 0 {
					t.Fatalf("erasure of %s forfeited nothing", m)
				}
				erased[m] = true
				count("erase")
			}
		},
	}

	for day := time.Date(2026, 1, 5, 0, 0, 0, 0, shanghai); day.Before(time.Date(2026, 5, 1, 0, 0, 0, 0, shanghai)); day = day.AddDate(0, 0, 1) {
		daily(day)
		c.t = day.Add(8 * time.Hour)
		key := day.Format("2006-01-02")
		// New members join through January, with a profile and a welcome bonus.
		for i, m := range members {
			if joined[m] || referred[m] || day.Month() != 1 || day.Day() != 5+i%4*7 {
				continue
			}
			joined[m] = true
			c.t = c.t.Add(time.Minute)
			if i%3 != 0 {
				profile(m, ledger.Profile{Birthday: fmt.Sprintf("%02d-%02d", i%12+1, i%28+1), Segments: []string{"members"}})
			}
			welcome(m)
		}
		if f := script[key]; f != nil {
			c.t = day.Add(11 * time.Hour)
			f()
		}
		// member-19's seven-day streak in February: a badge and 50 points on the seventh day.
		if day.Month() == 2 && day.Day() >= 10 && day.Day() <= 16 && joined["member-19"] {
			c.t = day.Add(7*time.Hour + 45*time.Minute)
			r := earnOne(ev("streak-19-"+key, "member-19", "sign_in", ""))
			if day.Day() == 16 && (r.Earned == nil || !slices.Contains(r.Earned.Badges, "7-day streak")) {
				t.Fatalf("seventh day of the streak: %+v", r.Earned)
			}
		}
		// member-20 reviews every Thursday: the tenth review earns the Critic badge.
		if day.Weekday() == time.Thursday && joined["member-20"] {
			c.t = day.Add(20 * time.Hour)
			earnOne(ev("review-20-"+key, "member-20", "review", ""))
		}
		// Everyone else, at random: a purchase most days they come, sign-ins, reviews, now
		// and then a free drink or a small debit, and refunds of purchases.
		var batch []ledger.Op
		for i, m := range members {
			if !joined[m] || erased[m] || dormant[m] {
				continue
			}
			c.t = day.Add(time.Duration(9*60+i*13) * time.Minute)
			switch k := rng.IntN(100); {
			case k < 7:
				e := ev(fmt.Sprintf("order-%s-%s", m, key), m, "purchase", amount(18, 96))
				if rng.IntN(4) == 0 {
					e.Event.Items = menu[:1+rng.IntN(2)]
				}
				batch = append(batch, e)
				if i < 6 && rng.IntN(2) == 0 { // the regulars of the first weeks spend more
					batch = append(batch, ev(fmt.Sprintf("order-%s-%s-b", m, key), m, "purchase", amount(120, 420)))
				}
			case k < 12:
				batch = append(batch, ev(fmt.Sprintf("sign-in-%s-%s", m, key), m, "sign_in", ""))
			case k < 13:
				batch = append(batch, ev(fmt.Sprintf("review-%s-%s", m, key), m, "review", ""))
			case k < 15:
				if b := balance(t, l, m); b.Available >= 300 {
					batch = append(batch, ledger.Redeem{Key: "redeem-" + m + "-" + key, RedemptionID: "rd-" + m + "-" + key, Member: m, SKU: "free-drink", Quantity: 1, Engine: eng})
				}
			case k < 16:
				if b := balance(t, l, m); b.Available >= 60 {
					batch = append(batch, ledger.Debit{Key: "spend-" + m + "-" + key, Member: m, Kind: ledger.DebitRedeem, Points: int64(20 + rng.IntN(40)), Reason: "partner voucher", Actor: "partner-api"})
				}
			case k < 17:
				// A refund of a purchase of the member some days ago, if there was one.
				for back := 1; back <= 10; back++ {
					id := fmt.Sprintf("order-%s-%s", m, day.AddDate(0, 0, -back).Format("2006-01-02"))
					if r, ok, err := l.EventResult(ctx, id); err != nil {
						t.Fatal(err)
					} else if ok && r.Points > 0 {
						batch = append(batch, ledger.Reverse{Key: "refund-" + id, EventID: id, Reason: "order refunded", Actor: "pos", Engine: eng})
						break
					}
				}
			}
		}
		if len(batch) == 0 {
			continue
		}
		res, err := l.Post(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range res {
			if r.Err != nil {
				t.Fatalf("%s: %T %+v: %v", key, batch[i], batch[i], r.Err)
			}
			switch o := batch[i].(type) {
			case ledger.Earn:
				count("earn " + o.Event.Type + " (batch)")
			case ledger.Redeem:
				count("redeem (catalog, batch)")
			case ledger.Debit:
				count("debit redeem (batch)")
			case ledger.Reverse:
				count("reverse (whole, batch)")
			}
		}
	}
	c.t = time.Date(2026, 4, 30, 18, 0, 0, 0, shanghai)

	// The checks the fixture is only worth having with.
	problems, err := l.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	if t.Failed() {
		t.FailNow()
	}
	var postingKinds []string
	rows, err := pool.Query(ctx, `SELECT kind || ' ' || count(*) FROM program.postings GROUP BY kind ORDER BY kind`)
	if err != nil {
		t.Fatal(err)
	}
	if postingKinds, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
		t.Fatal(err)
	}
	t.Logf("postings by kind: %s", strings.Join(postingKinds, ", "))
	var opNames []string
	for k, n := range kinds {
		opNames = append(opNames, fmt.Sprintf("%s: %d", k, n))
	}
	slices.Sort(opNames)
	t.Logf("operations:\n  %s", strings.Join(opNames, "\n  "))
	for _, want := range []string{"credit", "debit", "hold", "capture", "release", "hold_expired", "refund", "reverse", "redeem", "cancel", "expire", "forfeit"} {
		if !slices.ContainsFunc(postingKinds, func(s string) bool { return strings.HasPrefix(s, want+" ") }) {
			t.Errorf("no posting of kind %s", want)
		}
	}
	sourceCounts := tableCounts(t, pool)
	for _, table := range []string{"member_badges", "tier_reviews", "event_refunds", "event_details", "profile_history", "notices", "redemptions", "rulesets"} {
		if sourceCounts[table] == 0 {
			t.Errorf("no rows in %s", table)
		}
	}
	t.Logf("rows per table: %v", sourceCounts)
	if t.Failed() {
		t.FailNow()
	}

	// The dump, and what the upgraded database must still say.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, fmt.Sprintf("release-%04d", ledger.LatestVersion()))
	dumpPath, expectedPath := base+".sql", base+".expected"
	expected := expectedText(t, pool)
	if err := os.WriteFile(expectedPath, []byte(expected), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := pool.Config().ConnConfig
	dump := exec.Command(pgBin(t, "pg_dump"), "--host", cfg.Host, "--port", fmt.Sprint(cfg.Port), "--username", cfg.User,
		"--dbname", cfg.Database, "--schema=program", "--no-owner", "--no-privileges", "--no-comments", "--file", dumpPath)
	dump.Env = append(os.Environ(), "PGPASSWORD="+cfg.Password)
	if out, err := dump.CombinedOutput(); err != nil {
		t.Fatalf("pg_dump: %v\n%s", err, out)
	}

	// The dump restores, with psql, into a fresh database, where the books are as they were.
	scratch := pg.NewDatabase(t)
	restore := exec.Command(pgBin(t, "psql"), "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--single-transaction",
		"--file", dumpPath, scratch)
	var stderr bytes.Buffer
	restore.Stderr = &stderr
	if err := restore.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("psql restore: %v\n%s", err, stderr.String())
	}
	restored, err := ledger.NewPool(ctx, scratch)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	if applied, err := ledger.Migrate(ctx, restored, "program"); err != nil || len(applied) != 0 {
		t.Fatalf("migrating the restored schema applied %v (%v); want nothing", applied, err)
	}
	rl, err := ledger.New(restored, "program", ledger.Options{Location: shanghai, Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	verify(t, rl)
	if got := expectedText(t, restored); got != expected {
		t.Errorf("the restored members differ:\n%s\nwant\n%s", got, expected)
	}
	if got := tableCounts(t, restored); fmt.Sprint(got) != fmt.Sprint(sourceCounts) {
		t.Errorf("rows per table after the restore: %v; want %v", got, sourceCounts)
	}
	info, err := os.Stat(dumpPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes) and %s", dumpPath, info.Size(), expectedPath)
}

// expectedText is the members of the program schema, "member balance held tier" sorted by id
// in byte order (tier "-" for none), then the number of postings.
func expectedText(t *testing.T, pool *pgxpool.Pool) string {
	t.Helper()
	ctx := context.Background()
	rows, err := pool.Query(ctx, `
		SELECT format('%s %s %s %s', id, balance, held, coalesce(nullif(tier, ''), '-'))
		FROM program.members ORDER BY id COLLATE "C"`)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	var postings int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM program.postings`).Scan(&postings); err != nil {
		t.Fatal(err)
	}
	return "# member balance held tier (tier - for none)\n" + strings.Join(lines, "\n") + fmt.Sprintf("\npostings %d\n", postings)
}

// tableCounts counts the rows of every table of the program schema.
func tableCounts(t *testing.T, pool *pgxpool.Pool) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	rows, err := pool.Query(ctx, `SELECT tablename FROM pg_tables WHERE schemaname = 'program' ORDER BY tablename`)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int64{}
	for _, table := range tables {
		var n int64
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM `+pgx.Identifier{"program", table}.Sanitize()).Scan(&n); err != nil {
			t.Fatal(err)
		}
		counts[table] = n
	}
	return counts
}

// pgBin finds a PostgreSQL client program in the newest /usr/lib/postgresql/*/bin, or on
// the PATH.
func pgBin(t *testing.T, name string) string {
	t.Helper()
	found, _ := filepath.Glob(filepath.Join("/usr/lib/postgresql", "*", "bin", name))
	slices.SortFunc(found, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	if len(found) > 0 {
		return found[len(found)-1]
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("no %s: %v", name, errors.Unwrap(err))
	}
	return p
}
