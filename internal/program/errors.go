package program

import "fmt"

// Error is a request the program refuses before writing anything: what is wrong, in the
// words of the request's field. Failures the ledger decides (a balance too small, a key
// reused) come back as *ledger.Error instead.
type Error struct {
	// Code is stable for clients: one of the Code constants.
	Code string
	// Field is the request's field at fault, when one is.
	Field   string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Why a request is refused.
const (
	// CodeInvalid is a request the program cannot carry out as sent.
	CodeInvalid = "invalid"
	// CodeNotFound names something the program does not have.
	CodeNotFound = "not_found"
	// CodeEventTooLate is an event older than the program's lateness window.
	CodeEventTooLate = "event_too_late"
)

func invalid(field, format string, args ...any) *Error {
	return &Error{Code: CodeInvalid, Field: field, Message: fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) *Error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf(format, args...)}
}
