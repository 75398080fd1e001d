package server

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// expiringWithin is the window of "points expiring soon" in a member's summary.
const expiringWithin = 30 * 24 * time.Hour

type nextTierOut struct {
	Name      string `json:"name"`
	Threshold int64  `json:"threshold"`
	Metric    string `json:"metric"`
	Value     int64  `json:"value"`
	Remaining int64  `json:"remaining"`
}

func (s *Server) getMember(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	id := r.PathValue("id")
	m, err := p.ledger.View(r.Context(), id, expiringWithin, p.rules.Tiers)
	if err != nil {
		writeProblem(w, ledgerProblem(err))
		return
	}
	if !m.Exists {
		writeProblem(w, problem(http.StatusNotFound, "not_found", "", "member %s has no activity in this program", id))
		return
	}
	out := map[string]any{"id": id, "balance": m.Balance, "held": m.Held, "tier": m.Tier,
		"expiringSoon": map[string]any{"points": m.Expiring, "days": int(expiringWithin.Hours() / 24)}, "joinedAt": m.JoinedAt}
	if m.TierReachedAt != nil {
		out["tierReachedAt"] = m.TierReachedAt
	}
	if t := p.rules.Tiers; t != nil {
		if name, threshold, ok := p.engine.NextTier(m.Tier); ok {
			out["nextTier"] = nextTierOut{Name: name, Threshold: threshold, Metric: t.Metric, Value: m.Metric, Remaining: max(threshold-m.Metric, 0)}
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// intParam reads an optional integer query parameter within [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int64) (int64, *Problem) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < lo || n > hi {
		return 0, badRequest(name, "%s must be an integer from %d to %d, not %q", name, lo, hi, v)
	}
	return n, nil
}

func (s *Server) getStatement(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	limit, pr := intParam(r, "limit", 50, 1, 1000)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	before, pr := intParam(r, "before", 0, 0, 1<<62)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	id := r.PathValue("id")
	lines, err := p.ledger.Statement(r.Context(), id, before, int(limit))
	if err != nil {
		writeProblem(w, ledgerProblem(err))
		return
	}
	if lines == nil {
		lines = []ledger.StatementLine{}
	}
	out := map[string]any{"member": id, "lines": lines}
	if len(lines) == int(limit) {
		out["next"] = strconv.FormatInt(lines[len(lines)-1].PostingID, 10)
	}
	writeJSON(w, http.StatusOK, out)
}

// created answers 201 for a new resource, 200 for the replay of an earlier request.
func created(res ledger.Result) int {
	if res.Replayed {
		return http.StatusOK
	}
	return http.StatusCreated
}

// postOne submits one operation and answers its failure; ok is false when it answered.
func (s *Server) postOne(w http.ResponseWriter, r *http.Request, op ledger.Op) (ledger.Result, bool) {
	results, pr := s.submit(r, []ledger.Op{op})
	if pr != nil {
		writeProblem(w, pr)
		return ledger.Result{}, false
	}
	if err := results[0].Err; err != nil {
		writeProblem(w, ledgerProblem(err))
		return ledger.Result{}, false
	}
	return results[0], true
}

type redemptionIn struct {
	ID       string `json:"id"`
	Member   string `json:"member"`
	SKU      string `json:"sku"`
	Quantity *int   `json:"quantity"`
}

func (s *Server) postRedemption(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	var in redemptionIn
	if pr := decode(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	for _, c := range []struct{ field, value string }{{"id", in.ID}, {"member", in.Member}, {"sku", in.SKU}} {
		if pr := identifier(c.field, c.value, true); pr != nil {
			writeProblem(w, pr)
			return
		}
	}
	qty := 1
	if in.Quantity != nil {
		qty = *in.Quantity
	}
	if qty < 1 || qty > 1000 {
		writeProblem(w, invalid("quantity", "quantity must be from 1 to 1000, got %d", qty))
		return
	}
	m, err := p.ledger.Member(r.Context(), in.Member)
	if err != nil {
		writeProblem(w, ledgerProblem(err))
		return
	}
	// Tier and availability are checked here; stock, the member's limit and balance again
	// under the member's lock when the redemption is written.
	item, err := p.engine.Eligible(in.SKU, m.Tier, 0, qty, s.now())
	var inel *engine.Ineligible
	if errors.As(err, &inel) {
		status := http.StatusUnprocessableEntity
		if inel.Reason == engine.IneligibleUnknown {
			status = http.StatusNotFound
		}
		writeProblem(w, problem(status, inel.Reason, "sku", "%s", inel.Message))
		return
	}
	res, ok := s.postOne(w, r, ledger.Redeem{Key: "redemption:" + in.ID, RedemptionID: in.ID, Member: in.Member, SKU: in.SKU,
		Quantity: qty, Points: item.PointsCost * int64(qty), PerMemberLimit: int(item.PerMemberLimit), Reason: item.Name})
	if !ok {
		return
	}
	if !res.Replayed {
		s.metrics.points.WithLabelValues("redeemed").Add(float64(-res.Points))
	}
	writeJSON(w, created(res), map[string]any{"id": in.ID, "member": in.Member, "sku": in.SKU, "quantity": qty,
		"points": -res.Points, "balance": res.Balance, "replayed": res.Replayed})
}

func (s *Server) cancelRedemption(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.ready(w); !ok {
		return
	}
	var in struct {
		Reason string `json:"reason"`
	}
	if pr := decodeOptional(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	id := r.PathValue("id")
	res, ok := s.postOne(w, r, ledger.CancelRedemption{Key: "cancel:" + id, RedemptionID: id, Reason: in.Reason})
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "member": res.Member, "points": res.Points, "balance": res.Balance, "replayed": res.Replayed})
}

type holdIn struct {
	ID          string   `json:"id"`
	Member      string   `json:"member"`
	Points      *int64   `json:"points"`
	OrderAmount *Decimal `json:"orderAmount"`
}

// postHold reserves points to pay part of an order, within the program's points-as-payment
// rules, and says what they are worth.
func (s *Server) postHold(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	var in holdIn
	if pr := decode(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	for _, c := range []struct{ field, value string }{{"id", in.ID}, {"member", in.Member}} {
		if pr := identifier(c.field, c.value, true); pr != nil {
			writeProblem(w, pr)
			return
		}
	}
	if in.Points == nil || *in.Points <= 0 {
		writeProblem(w, invalid("points", "points must be a positive integer"))
		return
	}
	if in.OrderAmount == nil {
		writeProblem(w, invalid("orderAmount", "orderAmount is required: points pay at most a share of the order"))
		return
	}
	amount, pr := in.OrderAmount.check("orderAmount")
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	quote, err := p.engine.PaymentQuote(amount, *in.Points)
	if err != nil {
		writeProblem(w, invalid("points", "%v", err))
		return
	}
	if quote.Points != *in.Points {
		writeProblem(w, invalid("points", "this order takes at most %d points, in steps of %d; ask for %d", quote.MaxPoints, p.rules.Payment.Step, quote.Points))
		return
	}
	res, ok := s.postOne(w, r, ledger.Hold{Key: "hold:" + in.ID, HoldID: in.ID, Member: in.Member, Points: quote.Points, Reason: "checkout"})
	if !ok {
		return
	}
	writeJSON(w, created(res), map[string]any{"id": in.ID, "member": in.Member, "points": quote.Points, "value": quote.Value,
		"currency": p.rules.Program.Currency, "balance": res.Balance, "held": res.Held, "replayed": res.Replayed})
}

func (s *Server) captureHold(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.ready(w); !ok {
		return
	}
	var in struct {
		Points *int64 `json:"points"`
	}
	if pr := decodeOptional(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	var points int64
	if in.Points != nil {
		if *in.Points <= 0 {
			writeProblem(w, invalid("points", "points must be positive, got %d; release the hold to capture nothing", *in.Points))
			return
		}
		points = *in.Points
	}
	id := r.PathValue("id")
	res, ok := s.postOne(w, r, ledger.Capture{Key: "capture:" + id, HoldID: id, Points: points})
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "member": res.Member, "balance": res.Balance, "held": res.Held, "replayed": res.Replayed})
}

func (s *Server) releaseHold(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.ready(w); !ok {
		return
	}
	if pr := decodeOptional(w, r, s.cfg.MaxBody, &struct{}{}); pr != nil {
		writeProblem(w, pr)
		return
	}
	id := r.PathValue("id")
	res, ok := s.postOne(w, r, ledger.Release{Key: "release:" + id, HoldID: id})
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "member": res.Member, "points": res.Points, "balance": res.Balance, "held": res.Held, "replayed": res.Replayed})
}

type adjustmentIn struct {
	ID     string `json:"id"`
	Member string `json:"member"`
	Points *int64 `json:"points"`
	Reason string `json:"reason"`
	Actor  string `json:"actor"`
}

// postAdjustment credits or debits a member by hand, saying why and who.
func (s *Server) postAdjustment(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	var in adjustmentIn
	if pr := decode(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	for _, c := range []struct{ field, value string }{{"id", in.ID}, {"member", in.Member}, {"reason", in.Reason}, {"actor", in.Actor}} {
		if pr := identifier(c.field, c.value, true); pr != nil {
			writeProblem(w, pr)
			return
		}
	}
	const most = 100_000_000
	if in.Points == nil || *in.Points == 0 || *in.Points > most || *in.Points < -most {
		writeProblem(w, invalid("points", "points must be a non-zero integer from -%d to %d (negative takes points)", most, most))
		return
	}
	key := "adjustment:" + in.ID
	var op ledger.Op
	if n := *in.Points; n > 0 {
		expires, _ := engine.ExpiresAt(p.rules.Program.Expiry, p.engine.Location(), s.now())
		op = ledger.Credit{Key: key, Member: in.Member, Reason: in.Reason, Actor: in.Actor, Adjustment: true, OccurredAt: s.now(),
			RulesetVersion: p.rules.Version, Awards: []ledger.Award{{Rule: "", Points: n, ExpiresAt: expires}}}
	} else {
		op = ledger.Debit{Key: key, Member: in.Member, Kind: ledger.DebitAdjustment, Points: -n, Reason: in.Reason, Actor: in.Actor,
			RulesetVersion: p.rules.Version}
	}
	res, ok := s.postOne(w, r, op)
	if !ok {
		return
	}
	if !res.Replayed {
		s.metrics.points.WithLabelValues("adjusted").Add(float64(max(res.Points, -res.Points)))
	}
	writeJSON(w, created(res), map[string]any{"id": in.ID, "member": in.Member, "points": res.Points, "balance": res.Balance, "replayed": res.Replayed})
}

type catalogItemOut struct {
	ruleset.CatalogItem
	Remaining *int64 `json:"remaining,omitempty"`
	Eligible  *bool  `json:"eligible,omitempty"`
	Reason    string `json:"reason,omitempty"`
	Message   string `json:"message,omitempty"`
}

func (s *Server) getCatalog(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	stock, err := p.ledger.StockLevels(r.Context())
	if err != nil {
		writeProblem(w, ledgerProblem(err))
		return
	}
	member := r.URL.Query().Get("member")
	var m ledger.Member
	var redeemed map[string]int
	if member != "" {
		if m, err = p.ledger.Member(r.Context(), member); err == nil {
			redeemed, err = p.ledger.Redeemed(r.Context(), member)
		}
		if err != nil {
			writeProblem(w, ledgerProblem(err))
			return
		}
	}
	items := make([]catalogItemOut, 0, len(p.rules.Catalog))
	for _, it := range p.rules.Catalog {
		out := catalogItemOut{CatalogItem: it}
		if st, ok := stock[it.SKU]; ok && st.Allotment != nil {
			left := max(*st.Allotment-st.Redeemed, 0)
			out.Remaining = &left
		}
		if member != "" {
			_, err := p.engine.Eligible(it.SKU, m.Tier, redeemed[it.SKU], 1, s.now())
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
	writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

func (s *Server) getLiability(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	l, err := p.ledger.Liability(r.Context(), p.rules.Program.PointValue)
	if err != nil {
		writeProblem(w, ledgerProblem(err))
		return
	}
	s.metrics.liability.Set(float64(l.Points))
	writeJSON(w, http.StatusOK, map[string]any{"points": l.Points, "value": l.Value, "currency": p.rules.Program.Currency,
		"pointValue": p.rules.Program.PointValue, "members": l.Members})
}

func (s *Server) getDaily(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	y, mo, d := s.now().In(p.engine.Location()).Date()
	today := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	day := func(name string, def time.Time) (time.Time, *Problem) {
		v := r.URL.Query().Get(name)
		if v == "" {
			return def, nil
		}
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return t, badRequest(name, "%s must be a date such as 2026-11-21, not %q", name, v)
		}
		return t, nil
	}
	from, pr := day("from", today.AddDate(0, 0, -29))
	if pr == nil {
		var to time.Time
		if to, pr = day("to", today); pr == nil {
			switch {
			case to.Before(from):
				pr = badRequest("to", "to (%s) is before from (%s)", to.Format(time.DateOnly), from.Format(time.DateOnly))
			case to.Sub(from) > 366*24*time.Hour:
				pr = badRequest("to", "a report covers at most 366 days")
			default:
				days, err := p.ledger.Daily(r.Context(), from, to)
				if err != nil {
					writeProblem(w, ledgerProblem(err))
					return
				}
				if days == nil {
					days = []ledger.DailyFigures{}
				}
				writeJSON(w, http.StatusOK, map[string]any{"from": from.Format(time.DateOnly), "to": to.Format(time.DateOnly), "days": days})
				return
			}
		}
	}
	writeProblem(w, pr)
}

// getNotices pages through the notices outbox: after the acknowledged cursor, or after the
// cursor given. The consumer sends what it read and then acknowledges `next`.
func (s *Server) getNotices(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	limit, pr := intParam(r, "limit", 100, 1, 1000)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	after, pr := intParam(r, "after", -1, 0, 1<<62)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	notices, acked, err := p.ledger.Notices(r.Context(), after, int(limit))
	if err != nil {
		writeProblem(w, ledgerProblem(err))
		return
	}
	if notices == nil {
		notices = []ledger.Notice{}
	}
	next := after
	if next < 0 {
		next = acked
	}
	if len(notices) > 0 {
		next = notices[len(notices)-1].Cursor
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"notices":      notices,
		"acknowledged": strconv.FormatInt(acked, 10),
		"next":         strconv.FormatInt(next, 10),
		"more":         len(notices) == int(limit),
	})
}

type ackIn struct {
	Cursor string `json:"cursor"`
}

// ackNotices acknowledges every notice up to a cursor.
func (s *Server) ackNotices(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	var in ackIn
	if pr := decode(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	cursor, err := strconv.ParseInt(in.Cursor, 10, 64)
	if err != nil || cursor < 0 {
		writeProblem(w, invalid("cursor", "cursor must be the decimal string of a notice's cursor, such as \"42\", not %q", in.Cursor))
		return
	}
	acked, err := p.ledger.AckNotices(r.Context(), cursor)
	if errors.Is(err, ledger.ErrCursor) {
		writeProblem(w, invalid("cursor", "cursor %s names no notice: acknowledge the `next` of a page of GET /v1/notices", in.Cursor))
		return
	}
	if err != nil {
		writeProblem(w, ledgerProblem(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"acknowledged": strconv.FormatInt(acked, 10)})
}
