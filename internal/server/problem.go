package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/program"
)

// Problem is an error response, application/problem+json as RFC 9457 describes.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	// Field is the JSON path of the offending input ("events[2].amount"), when there is one.
	Field string `json:"field,omitempty"`
	// Code is a stable machine-readable reason ("insufficient_balance").
	Code string `json:"code,omitempty"`
}

func (p *Problem) Error() string { return p.Detail }

func problem(status int, code, field, format string, args ...any) *Problem {
	return &Problem{
		Type:   "https://tally.dev/problems/" + code,
		Title:  http.StatusText(status),
		Status: status,
		Detail: fmt.Sprintf(format, args...),
		Field:  field,
		Code:   code,
	}
}

func badRequest(field, format string, args ...any) *Problem {
	return problem(http.StatusBadRequest, "bad_request", field, format, args...)
}

func invalid(field, format string, args ...any) *Problem {
	return problem(http.StatusUnprocessableEntity, "invalid", field, format, args...)
}

// failure is the problem document of an operation's failure: a request the program refused,
// an operation the ledger refused, or a write that failed as a whole.
func (s *Server) failure(err error) *Problem {
	var pe *program.Error
	var le *ledger.Error
	switch {
	case errors.As(err, &pe):
		status := http.StatusUnprocessableEntity
		if pe.Code == program.CodeNotFound {
			status = http.StatusNotFound
		}
		return problem(status, pe.Code, pe.Field, "%s", pe.Message)
	case errors.As(err, &le):
		field := le.Field
		if field == "" {
			field = ledgerField(le.Code)
		}
		return problem(ledgerStatus(le.Code), string(le.Code), field, "%s", le.Message)
	case errors.Is(err, errBusy):
		return problem(http.StatusTooManyRequests, "busy", "", "the ledger is at capacity; retry after a moment with the same ids")
	}
	s.log.Error("posting failed", "err", err)
	return problem(http.StatusServiceUnavailable, "unavailable", "", "the ledger could not write: %v; retry with the same ids", err)
}

// ledgerField is the request field that an operation the ledger refused is about, where the
// code says.
func ledgerField(code ledger.Code) string {
	switch code {
	case ledger.CodeEventTooLate:
		return "occurredAt"
	case ledger.Code(engine.IneligibleUnknown), ledger.Code(engine.IneligibleNotYet), ledger.Code(engine.IneligibleEnded),
		ledger.Code(engine.IneligibleTier), ledger.Code(engine.IneligibleLimitReached):
		return "sku"
	}
	return ""
}

// ledgerStatus is the HTTP status of an operation the ledger refused: 404 for what does not
// exist, 409 for a conflict with what exists (a key used for another request, a hold no
// longer active), 422 for the rest.
func ledgerStatus(code ledger.Code) int {
	switch code {
	case ledger.CodeNotFound, ledger.Code(engine.IneligibleUnknown):
		return http.StatusNotFound
	case ledger.CodeIdempotencyConflict, ledger.CodeAlreadyExists, ledger.CodeHoldNotActive, ledger.CodeHoldExpired:
		return http.StatusConflict
	}
	return http.StatusUnprocessableEntity
}

func writeProblem(w http.ResponseWriter, p *Problem) {
	w.Header().Set("Content-Type", "application/problem+json")
	if p.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tally"`)
	}
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
