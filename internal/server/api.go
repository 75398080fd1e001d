package server

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/program"
)

func (s *Server) getMember(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	id, pr := pathID(r)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	m, err := p.Member(r.Context(), id)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	if !m.Exists {
		writeProblem(w, problem(http.StatusNotFound, "not_found", "", "member %s has no activity in this program", id))
		return
	}
	out := map[string]any{"id": id, "balance": m.Balance, "held": m.Held, "tier": m.Tier,
		"expiringSoon": map[string]any{"points": m.Expiring, "days": m.NoticeDays}, "joinedAt": m.JoinedAt}
	if m.TierReachedAt != nil {
		out["tierReachedAt"] = m.TierReachedAt
	}
	if m.NextTier != nil {
		out["nextTier"] = m.NextTier
	}
	out["profile"] = m.Profile
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
	id, pr := pathID(r)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	lines, err := p.Ledger.Statement(r.Context(), id, before, int(limit))
	if err != nil {
		writeProblem(w, s.failure(err))
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
	res, err := p.Redeem(r.Context(), program.Redemption{ID: in.ID, Member: in.Member, SKU: in.SKU, Quantity: qty})
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	if !res.Replayed {
		s.metrics.points.WithLabelValues("redeemed").Add(float64(-res.Points))
	}
	out := map[string]any{"id": in.ID, "member": in.Member, "sku": in.SKU, "quantity": qty,
		"points": -res.Points, "balance": res.Balance, "replayed": res.Replayed}
	if res.Cash != "" {
		out["cashDue"], out["currency"] = res.Cash, p.Rules.Program.Currency
	}
	writeJSON(w, created(res), out)
}

func (s *Server) cancelRedemption(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	var in struct {
		Reason string `json:"reason"`
	}
	if pr := decodeOptional(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	id, pr := pathID(r)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	res, err := p.CancelRedemption(r.Context(), id, in.Reason)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	out := map[string]any{"id": id, "member": res.Member, "points": res.Points, "balance": res.Balance, "replayed": res.Replayed}
	if res.Cash != "" {
		out["cashRefundable"], out["currency"] = res.Cash, p.Rules.Program.Currency
	}
	writeJSON(w, http.StatusOK, out)
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
	if in.Points == nil {
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
	res, err := p.Hold(r.Context(), program.HoldRequest{ID: in.ID, Member: in.Member, Points: *in.Points, OrderAmount: amount})
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, created(res), map[string]any{"id": in.ID, "member": in.Member, "points": *in.Points, "value": res.Cash,
		"currency": p.Rules.Program.Currency, "balance": res.Balance, "held": res.Held, "replayed": res.Replayed})
}

func (s *Server) captureHold(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	var in struct {
		Points *int64 `json:"points"`
	}
	if pr := decodeOptional(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	id, pr := pathID(r)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	res, err := p.Capture(r.Context(), id, in.Points)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "member": res.Member, "balance": res.Balance, "held": res.Held, "replayed": res.Replayed})
}

func (s *Server) releaseHold(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	if pr := decodeOptional(w, r, s.cfg.MaxBody, &struct{}{}); pr != nil {
		writeProblem(w, pr)
		return
	}
	id, pr := pathID(r)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	res, err := p.Release(r.Context(), id)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "member": res.Member, "points": res.Points, "balance": res.Balance, "held": res.Held, "replayed": res.Replayed})
}

// refundHold gives back points a captured hold spent, when the order is refunded: all of
// them, a number of points, or the share of the order that a refunded amount of money is.
func (s *Server) refundHold(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	holdID, refund, ok := s.decodeRefund(w, r)
	if !ok {
		return
	}
	res, err := p.RefundHold(r.Context(), program.HoldRefund{HoldID: holdID, Refund: refund})
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"hold": holdID, "member": res.Member, "points": res.Points, "balance": res.Balance,
		"replayed": res.Replayed})
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
	if in.Points == nil {
		writeProblem(w, invalid("points", "points is required: a non-zero integer, negative to take points"))
		return
	}
	res, err := p.Adjust(r.Context(), program.Adjustment{ID: in.ID, Member: in.Member, Points: *in.Points, Reason: in.Reason, Actor: in.Actor})
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	if !res.Replayed {
		s.metrics.points.WithLabelValues("adjusted").Add(float64(max(res.Points, -res.Points)))
	}
	writeJSON(w, created(res), map[string]any{"id": in.ID, "member": in.Member, "points": res.Points, "balance": res.Balance, "replayed": res.Replayed})
}

func (s *Server) getCatalog(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	member := r.URL.Query().Get("member")
	if pr := identifier("member", member, false); pr != nil {
		writeProblem(w, badRequest("member", "%s", pr.Detail))
		return
	}
	items, err := p.Catalog(r.Context(), member)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

func (s *Server) getLiability(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	l, err := p.Liability(r.Context())
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	s.metrics.liability.Set(float64(l.Points))
	writeJSON(w, http.StatusOK, map[string]any{"points": l.Points, "value": l.Value, "currency": p.Rules.Program.Currency,
		"pointValue": p.Rules.Program.PointValue, "members": l.Members})
}

func (s *Server) getDaily(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	today := p.Today()
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
				days, err := p.Ledger.Daily(r.Context(), from, to)
				if err != nil {
					writeProblem(w, s.failure(err))
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
	notices, acked, err := p.Ledger.Notices(r.Context(), after, int(limit))
	if err != nil {
		writeProblem(w, s.failure(err))
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
	acked, err := p.Ledger.AckNotices(r.Context(), cursor)
	if errors.Is(err, ledger.ErrCursor) {
		writeProblem(w, invalid("cursor", "cursor %s names no notice: acknowledge the `next` of a page of GET /v1/notices", in.Cursor))
		return
	}
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"acknowledged": strconv.FormatInt(acked, 10)})
}

// getShadow reports what the program's Shadow rules would have awarded since ?since= (a time
// such as 2026-11-01T00:00:00Z, or a duration back from now such as 720h; default 30 days),
// per rule, so that a reviewer can promote a rule from Shadow to Active with evidence.
func (s *Server) getShadow(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	now := s.cfg.Now()
	since := now.Add(-30 * 24 * time.Hour)
	if v := r.URL.Query().Get("since"); v != "" {
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			since = t
		} else if d, err := time.ParseDuration(v); err == nil && d > 0 {
			since = now.Add(-d)
		} else {
			writeProblem(w, badRequest("since", "since is a time such as 2026-11-01T00:00:00Z or a duration back from now such as 720h, not %q", v))
			return
		}
	}
	rules, err := p.Ledger.Shadow(r.Context(), since)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"since": since.UTC(), "rules": rules})
}
