package server

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/program"
)

// profileIn is what PUT and PATCH /v1/members/{id}/profile take: the profile's fields, and
// who makes the change (recorded in the profile's history; "api" when left out).
type profileIn struct {
	program.ProfileInput
	Actor string `json:"actor"`
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

// MaxImport bounds the body of a profile import: about ten million profiles.
const MaxImport = 2 << 30

// importProfiles sets many members' profiles from NDJSON, one {"id", profile fields} object
// a line, streamed: lines are read and written a chunk at a time. Refused lines are reported
// and do not stop the others.
func (s *Server) importProfiles(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/x-ndjson") && !strings.HasPrefix(ct, "application/json") {
		writeProblem(w, problem(http.StatusUnsupportedMediaType, "unsupported_media_type", "", "send application/x-ndjson, one profile a line, not %s", ct))
		return
	}
	actor := r.URL.Query().Get("actor")
	if pr := identifier("actor", actor, false); pr != nil {
		writeProblem(w, badRequest("actor", "%s", pr.Detail))
		return
	}
	if actor == "" {
		actor = "import"
	}
	checkID := func(id string) error {
		if pr := identifier("id", id, true); pr != nil {
			return pr
		}
		return nil
	}
	rep, err := p.ImportProfiles(r.Context(), actor, http.MaxBytesReader(w, r.Body, MaxImport), checkID)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// eraseMember erases a member: their points are forfeited, their personal data removed and
// their id replaced by a pseudonym everywhere (docs/ledger-api.md, "Erasure").
func (s *Server) eraseMember(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ready(w)
	if !ok {
		return
	}
	id, pr := pathID(r)
	var in program.Erasure
	if pr == nil {
		pr = decodeOptional(w, r, s.cfg.MaxBody, &in)
	}
	if pr == nil {
		pr = identifier("actor", in.Actor, false)
	}
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	e, err := p.Erase(r.Context(), id, in)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"member": id, "pseudonym": e.Pseudonym, "forfeited": e.Forfeited,
		"postingId": e.PostingID, "erasedAt": e.ErasedAt})
}
