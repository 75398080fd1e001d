package server

import (
	"encoding/json"
	"net/http"

	"github.com/tally-operator/tally/internal/ledger"
)

// profileIn is what PUT and PATCH /v1/members/{id}/profile take: the profile's fields, and
// who makes the change (recorded in the profile's history; "api" when left out).
type profileIn struct {
	Birthday   *string            `json:"birthday"`
	Attributes map[string]*string `json:"attributes"`
	Segments   []string           `json:"segments"`
	ReferredBy *string            `json:"referredBy"`
	Actor      string             `json:"actor"`
}

// putProfile replaces a member's profile; patchProfile merges a JSON merge patch into it.
func (s *Server) putProfile(w http.ResponseWriter, r *http.Request)   { s.setProfile(w, r, true) }
func (s *Server) patchProfile(w http.ResponseWriter, r *http.Request) { s.setProfile(w, r, false) }

func (s *Server) setProfile(w http.ResponseWriter, r *http.Request, replace bool) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	id, pr := pathID(r)
	var raw json.RawMessage
	if pr == nil {
		pr = decode(w, r, s.cfg.MaxBody, &raw)
	}
	var in profileIn
	if pr == nil {
		pr = decodeJSON(raw, &in)
	}
	if pr == nil {
		pr = identifier("actor", in.Actor, false)
	}
	if pr == nil && in.ReferredBy != nil {
		pr = identifier("referredBy", *in.ReferredBy, false)
	}
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	var fields map[string]json.RawMessage
	_ = json.Unmarshal(raw, &fields)
	delete(fields, "actor")
	body, _ := json.Marshal(fields)
	actor := in.Actor
	if actor == "" {
		actor = "api"
	}
	res, err := p.SetProfile(r.Context(), id, actor, body, replace)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"member": id, "profile": res.Profile, "changed": res.Changed})
}

// getProfileHistory lists every change of a member's profile, oldest first.
func (s *Server) getProfileHistory(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	id, pr := pathID(r)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	changes, err := p.Ledger.ProfileHistory(r.Context(), id)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	if changes == nil {
		changes = []ledger.ProfileChange{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"member": id, "changes": changes})
}

// getBadges lists the badges a member earned, oldest first.
func (s *Server) getBadges(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	id, pr := pathID(r)
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	badges, err := p.Badges(r.Context(), id)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	if badges == nil {
		badges = []ledger.BadgeAward{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"member": id, "badges": badges})
}
