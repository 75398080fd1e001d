package server

import (
	"fmt"
	"net/http"

	"github.com/tally-operator/tally/internal/program"
)

// POST /v1/events:explain judges an event exactly as POST /v1/events would now, and writes
// nothing: the ledger applies it to the member's state under the member's lock, as a real
// event is applied (tier, caps, counters, activity, badges, refusals), then rolls the
// transaction back (ledger.Judge). No posting, member, counter or idempotency record is left.

// explainOut is an event's result as POST /v1/events?explain=true gives it, marked as a dry
// run, with what the dry run did not judge.
type explainOut struct {
	eventOut
	DryRun bool `json:"dryRun"`
	// Limits are sentences saying what the judgement did not cover; none when it covered
	// all a real event would do.
	Limits []string `json:"limits,omitempty"`
}

func (s *Server) explainEvent(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	// The body is read as POST /v1/events reads it, so that a bad event gets the same answer.
	var in eventsIn
	if pr := decode(w, r, s.cfg.MaxBody, &in); pr != nil {
		writeProblem(w, pr)
		return
	}
	if in.Events != nil {
		writeProblem(w, badRequest("events", "explain judges one event at a time: send it alone, not under \"events\""))
		return
	}
	ev, pr := s.toEvent(in.eventIn, func(name string) string { return name }, p)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	res, err := p.Explain(r.Context(), ev)
	if err == nil {
		err = res.Err
	}
	if err != nil {
		writeProblem(w, s.failure(err)) // the refusals and codes of POST /v1/events
		return
	}
	out := explainOut{eventOut: eventResult(ev.ID, res, true), DryRun: true}
	if res.Replayed {
		out.Limits = append(out.Limits, fmt.Sprintf("event id %s was taken before: this is its stored result; posting the same event again returns it, "+
			"and a different event under this id is refused (409 idempotency_conflict): give it a new id to see how the rules judge it now", ev.ID))
	}
	if ev.Type == program.ReferralEvent {
		out.Limits = append(out.Limits, fmt.Sprintf("a real referral also rewards %s, who referred, with an event of its own once this one is taken, which this answer does not judge",
			ev.Attributes["referrer"]))
	}
	writeJSON(w, http.StatusOK, out)
}
