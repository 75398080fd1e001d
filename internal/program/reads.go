package program

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// MemberView is a member as the API shows them.
type MemberView struct {
	ledger.MemberView
	// NoticeDays is the window of Expiring: the program's expiry notice days.
	NoticeDays int32
	// NextTier is the tier above the member's, when there is one.
	NextTier *NextTier
}

// NextTier is how far a member is from the tier above theirs.
type NextTier struct {
	Name      string         `json:"name"`
	Threshold int64          `json:"threshold"`
	Metric    ruleset.Metric `json:"metric"`
	Value     int64          `json:"value"`
	Remaining int64          `json:"remaining"`
}

// Member returns what the program knows of a member; Exists is false for a member with no
// activity. Expiring counts the points that expire within the program's notice days (30
// when the program sends no notices).
func (p *Program) Member(ctx context.Context, id string) (MemberView, error) {
	days := p.Rules.Program.NoticeDays
	if days <= 0 {
		days = 30
	}
	v, err := p.Ledger.View(ctx, id, time.Duration(days)*24*time.Hour, p.Rules.Tiers)
	out := MemberView{MemberView: v, NoticeDays: days}
	if err != nil || !v.Exists {
		return out, err
	}
	if t := p.Rules.Tiers; t != nil {
		if name, threshold, ok := p.Engine.NextTier(v.Tier); ok {
			out.NextTier = &NextTier{Name: name, Threshold: threshold, Metric: t.Metric, Value: v.Metric, Remaining: max(threshold-v.Metric, 0)}
		}
	}
	return out, nil
}

// CatalogItem is a catalog item with its stock left and, for a member, whether they may
// redeem it now and why not.
type CatalogItem struct {
	ruleset.CatalogItem
	Remaining *int64 `json:"remaining,omitempty"`
	Eligible  *bool  `json:"eligible,omitempty"`
	Reason    string `json:"reason,omitempty"`
	Message   string `json:"message,omitempty"`
}

// Catalog lists the program's rewards; with a member, whether each is within their reach.
func (p *Program) Catalog(ctx context.Context, member string) ([]CatalogItem, error) {
	stock, err := p.Ledger.StockLevels(ctx)
	if err != nil {
		return nil, err
	}
	var m ledger.Member
	var redeemed map[string]int
	if member != "" {
		if m, err = p.Ledger.Member(ctx, member); err == nil {
			redeemed, err = p.Ledger.Redeemed(ctx, member)
		}
		if err != nil {
			return nil, err
		}
	}
	items := make([]CatalogItem, 0, len(p.Rules.Catalog))
	for _, it := range p.Rules.Catalog {
		out := CatalogItem{CatalogItem: it}
		if st, ok := stock[it.SKU]; ok && st.Allotment != nil {
			left := max(*st.Allotment-st.Redeemed, 0)
			out.Remaining = &left
		}
		if member != "" {
			_, err := p.Engine.Eligible(it.SKU, m.Tier, redeemed[it.SKU], 1, p.now())
			var inel *engine.Ineligible
			eligible := true
			switch {
			case errors.As(err, &inel):
				eligible, out.Reason, out.Message = false, inel.Reason, inel.Message
			case out.Remaining != nil && *out.Remaining == 0:
				eligible, out.Reason, out.Message = false, "out_of_stock", it.SKU+" is out of stock"
			case m.Balance < it.PointsCost:
				eligible, out.Reason, out.Message = false, "insufficient_balance", "the member has "+strconv.FormatInt(max(m.Balance, 0), 10)+" points"
			}
			out.Eligible = &eligible
		}
		items = append(items, out)
	}
	return items, nil
}

// Liability is what the program owes its members, in points and in money.
func (p *Program) Liability(ctx context.Context) (ledger.Liability, error) {
	return p.Ledger.Liability(ctx, p.Rules.Program.PointValue)
}

// Today is the current day in the program's time zone, as a date at UTC midnight.
func (p *Program) Today() time.Time {
	y, mo, d := p.now().In(p.Engine.Location()).Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
}

// Badges lists the badges a member earned, oldest first, described as the rule set
// describes them.
func (p *Program) Badges(ctx context.Context, member string) ([]ledger.BadgeAward, error) {
	badges, err := p.Ledger.Badges(ctx, member)
	for i := range badges {
		for _, r := range p.Rules.Rules {
			if r.Name == badges[i].Rule && r.Badge != nil && r.Badge.Name == badges[i].Badge {
				badges[i].Description = r.Badge.Description
			}
		}
	}
	return badges, err
}
