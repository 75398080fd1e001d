package server

import (
	"net/http"
	"strconv"

	"github.com/tally-operator/tally/internal/export"
)

// getDeadLetters lists the changes sinks did not take within their retry limit, oldest first:
// ?sink= one sink's, ?after= the page after a dead letter's id, ?limit= (default 100).
func (s *Server) getDeadLetters(w http.ResponseWriter, r *http.Request) {
	limit, pr := intParam(r, "limit", 100, 1, 1000)
	var after int64
	if pr == nil {
		after, pr = intParam(r, "after", 0, 0, 1<<62)
	}
	sink := r.URL.Query().Get("sink")
	if pr == nil {
		pr = identifier("sink", sink, false)
	}
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	letters, err := s.journal.DeadLetters(r.Context(), sink, after, int(limit))
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	if letters == nil {
		letters = []export.DeadLetter{}
	}
	out := map[string]any{"deadLetters": letters}
	if len(letters) == int(limit) {
		out["next"] = strconv.FormatInt(letters[len(letters)-1].ID, 10)
	}
	writeJSON(w, http.StatusOK, out)
}

// replayIn is what POST /v1/export/dead-letters/replay takes: a sink (or every sink) and the
// ids of its dead letters to send again (or all of them).
type replayIn struct {
	Sink string   `json:"sink"`
	IDs  []string `json:"ids"`
}

// replayDeadLetters marks dead letters to be sent again, before the sink's new changes.
func (s *Server) replayDeadLetters(w http.ResponseWriter, r *http.Request) {
	var in replayIn
	pr := decodeOptional(w, r, s.cfg.MaxBody, &in)
	if pr == nil {
		pr = identifier("sink", in.Sink, false)
	}
	ids := make([]int64, len(in.IDs))
	for i, v := range in.IDs {
		n, err := strconv.ParseInt(v, 10, 64)
		if pr == nil && (err != nil || n <= 0) {
			pr = invalid("ids["+strconv.Itoa(i)+"]", "ids are dead letters' ids, such as \"42\"; got %q", v)
		}
		ids[i] = n
	}
	if pr != nil {
		writeProblem(w, pr)
		return
	}
	n, err := s.journal.Replay(r.Context(), in.Sink, ids)
	if err != nil {
		writeProblem(w, s.failure(err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"replayed": n})
}
