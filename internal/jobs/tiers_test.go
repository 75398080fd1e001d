package jobs_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/jobs"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

func (p *program) member(t testing.TB, id string) ledger.Member {
	t.Helper()
	m, err := p.ledger.Member(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func (p *program) review(t testing.TB, asOf time.Time, dryRun bool) jobs.ReviewSummary {
	t.Helper()
	p.clock.Set(asOf)
	o := p.options(asOf)
	o.DryRun = dryRun
	sum, err := jobs.ReviewTiers(context.Background(), o)
	if err != nil {
		t.Fatalf("review as of %v: %v", asOf, err)
	}
	return sum
}

// tierChanges returns the TierChanged notices, oldest first.
func (p *program) tierChanges(t testing.TB) map[string][]ledger.TierChange {
	t.Helper()
	ns, _, err := p.ledger.Notices(context.Background(), 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]ledger.TierChange{}
	for _, n := range ns {
		if n.Kind != ledger.NoticeTierChanged {
			continue
		}
		var c ledger.TierChange
		if err := json.Unmarshal(n.Data, &c); err != nil {
			t.Fatal(err)
		}
		out[n.Member] = append(out[n.Member], c)
	}
	return out
}

// The coffee sample: Silver from 1,000 and Gold from 5,000 points earned over a rolling 12
// months; a tier lasts 12 months plus 1 month of grace, then goes one level down unless the
// member qualifies again.
func TestTierReviewRenewsAndDowngradesOnceADay(t *testing.T) {
	p := newProgram(t, nil)
	earned := mustTime(t, "2025-01-10T10:00:00+08:00")
	p.event(t, "g-1", "gold", "purchase", "5000", earned)
	p.event(t, "s-1", "silver", "purchase", "1000", earned)
	p.event(t, "d-1", "drifter", "purchase", "1200", earned)
	// silver earns 1,000 points (800 CNY at 1.25) within the year before the review.
	p.event(t, "s-2", "silver", "purchase", "800", mustTime(t, "2025-12-20T10:00:00+08:00"))
	for id, want := range map[string]string{"gold": "Gold", "silver": "Silver", "drifter": "Silver"} {
		if got := p.member(t, id).Tier; got != want {
			t.Fatalf("%s reached %q, want %q", id, got, want)
		}
	}

	// Validity and grace end on 10 February 2026.
	if sum := p.review(t, mustTime(t, "2026-02-01T04:00:00+08:00"), false); sum.Report.Reviewed != 0 {
		t.Errorf("review within grace: %+v", sum.Report)
	}
	asOf := mustTime(t, "2026-03-01T04:00:00+08:00")
	dry := p.review(t, asOf, true)
	want := map[string]ledger.TierDecision{
		"drifter": {Member: "drifter", From: "Silver", To: "", Metric: 0},
		"gold":    {Member: "gold", From: "Gold", To: "Silver", Metric: 0},
		"silver":  {Member: "silver", From: "Silver", To: "Silver", Renewed: true, Metric: 1000},
	}
	if len(dry.Decisions) != len(want) {
		t.Fatalf("dry run decided %+v", dry.Decisions)
	}
	for _, d := range dry.Decisions {
		if d != want[d.Member] {
			t.Errorf("dry run: %+v, want %+v", d, want[d.Member])
		}
	}
	if p.member(t, "gold").Tier != "Gold" {
		t.Fatal("a dry run changed a tier")
	}

	sum := p.review(t, asOf, false)
	if r := sum.Report; r.Reviewed != 3 || r.Renewed != 1 || r.Downgraded != 2 {
		t.Errorf("review: %+v; want 3 reviewed, 1 renewed, 2 downgraded", r)
	}
	for id, tier := range map[string]string{"gold": "Silver", "silver": "Silver", "drifter": ""} {
		m := p.member(t, id)
		if m.Tier != tier {
			t.Errorf("%s is %q after review, want %q", id, m.Tier, tier)
		}
		// A renewed or lowered tier runs for another period from the review.
		if tier != "" && (m.TierReachedAt == nil || !m.TierReachedAt.Equal(asOf)) {
			t.Errorf("%s's tier runs from %v, want %v", id, m.TierReachedAt, asOf)
		}
	}
	changes := p.tierChanges(t)
	if c := changes["gold"]; len(c) != 2 || c[0].To != "Gold" || c[0].Reason != "Qualified" || c[1].From != "Gold" || c[1].To != "Silver" || c[1].Reason != "Reviewed" {
		t.Errorf("gold's notices: %+v", c)
	}
	if c := changes["silver"]; len(c) != 1 {
		t.Errorf("silver was renewed, which is no change, but has notices %+v", c)
	}

	// Later the same day, and a month later, nobody is due again.
	for _, at := range []string{"2026-03-01T20:00:00+08:00", "2026-04-01T04:00:00+08:00"} {
		if sum := p.review(t, mustTime(t, at), false); sum.Report.Reviewed != 0 {
			t.Errorf("review at %s: %+v", at, sum.Report)
		}
	}
	if got := len(p.tierChanges(t)["gold"]); got != 2 {
		t.Errorf("gold has %d tier notices after more reviews, want 2", got)
	}
}

// ToQualified takes a member straight to the tier their metric qualifies for.
func TestTierReviewToQualified(t *testing.T) {
	p := newProgram(t, func(in *ruleset.Input) { in.Tiers[0].Spec.Review.Downgrade = v1alpha1.DowngradeToQualified })
	p.event(t, "g-1", "gold", "purchase", "5000", mustTime(t, "2025-01-10T10:00:00+08:00"))
	p.review(t, mustTime(t, "2026-03-01T04:00:00+08:00"), false)
	if m := p.member(t, "gold"); m.Tier != "" || m.TierReachedAt != nil {
		t.Errorf("gold with no points in the window is %q since %v, want no tier", m.Tier, m.TierReachedAt)
	}
}

// With metric GrowthValue, a review resets growth value unless the policy carries it over.
func TestTierReviewResetsOrCarriesOverGrowthValue(t *testing.T) {
	for _, mode := range []v1alpha1.GrowthValueAtReview{v1alpha1.GrowthValueReset, v1alpha1.GrowthValueCarryOver} {
		t.Run(string(mode), func(t *testing.T) {
			p := newProgram(t, func(in *ruleset.Input) {
				in.Tiers[0].Spec.Metric = v1alpha1.MetricGrowthValue
				in.Tiers[0].Spec.Review.GraceMonths = 0
				in.Tiers[0].Spec.Review.GrowthValue = mode
			})
			p.event(t, "1", "m", "purchase", "5000", mustTime(t, "2025-01-10T10:00:00+08:00"))
			// 3,400 CNY at Gold's 1.5: 5,100 growth value within the year before the review.
			p.event(t, "2", "m", "purchase", "3400", mustTime(t, "2025-12-01T10:00:00+08:00"))
			asOf := mustTime(t, "2026-01-10T12:00:00+08:00")
			sum := p.review(t, asOf, false)
			if sum.Report.Renewed != 1 || p.member(t, "m").Tier != "Gold" {
				t.Fatalf("review: %+v, tier %q; want Gold renewed", sum.Report, p.member(t, "m").Tier)
			}
			tiers := p.eng.Ruleset().Tiers
			metric, err := p.ledger.TierMetric(context.Background(), "m", tiers, asOf)
			if err != nil {
				t.Fatal(err)
			}
			want := map[v1alpha1.GrowthValueAtReview]int64{v1alpha1.GrowthValueReset: 0, v1alpha1.GrowthValueCarryOver: 5100}[mode]
			if metric != want {
				t.Errorf("growth value after the review: %d, want %d", metric, want)
			}
			// What is earned after the review counts on top: 3,334 CNY at Gold's 1.5.
			p.event(t, "3", "m", "purchase", "3334", asOf.Add(time.Hour))
			metric, err = p.ledger.TierMetric(context.Background(), "m", tiers, asOf.Add(time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if metric != want+5001 {
				t.Errorf("growth value after another purchase: %d, want %d", metric, want+5001)
			}
		})
	}
}
