package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/tally-operator/tally/internal/ledger"
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

// ledgerProblem maps an operation's failure to its HTTP status.
func ledgerProblem(err error) *Problem {
	var le *ledger.Error
	if !errors.As(err, &le) {
		return problem(http.StatusInternalServerError, "internal", "", "%v", err)
	}
	status := http.StatusConflict
	switch le.Code {
	case ledger.CodeInvalid:
		status = http.StatusUnprocessableEntity
	case ledger.CodeNotFound:
		status = http.StatusNotFound
	case ledger.CodeInsufficientBalance, ledger.CodeOutOfStock, ledger.CodeLimitReached, ledger.CodeNothingToReverse:
		status = http.StatusUnprocessableEntity
	}
	return problem(status, string(le.Code), "", "%s", le.Message)
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
