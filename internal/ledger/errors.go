package ledger

import "fmt"

// Code names a kind of operation failure, stable for API clients.
type Code string

const (
	CodeInvalid             Code = "invalid"
	CodeInsufficientBalance Code = "insufficient_balance"
	CodeIdempotencyConflict Code = "idempotency_conflict"
	CodeNotFound            Code = "not_found"
	CodeAlreadyExists       Code = "already_exists"
	CodeHoldNotActive       Code = "hold_not_active"
	CodeHoldExpired         Code = "hold_expired"
	CodeOutOfStock          Code = "out_of_stock"
	CodeLimitReached        Code = "limit_reached"
	CodeNothingToReverse    Code = "nothing_to_reverse"
	CodeEventTooLate        Code = "event_too_late"
	CodeReferralRefused     Code = "referral_refused"
	// CodeRefused is an operation the database would not store; the others of its batch
	// were applied without it.
	CodeRefused Code = "refused"
)

// Error is why one operation of a batch failed. An operation that fails changes nothing.
type Error struct {
	Code    Code
	Message string
	// Field is the operation's field at fault, in the words of the API, when one is.
	Field string
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Is makes errors.Is(err, ErrInsufficientBalance) match any *Error with the same code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// Sentinels for errors.Is.
var (
	ErrInvalid             = &Error{Code: CodeInvalid}
	ErrInsufficientBalance = &Error{Code: CodeInsufficientBalance}
	ErrIdempotencyConflict = &Error{Code: CodeIdempotencyConflict}
	ErrNotFound            = &Error{Code: CodeNotFound}
	ErrAlreadyExists       = &Error{Code: CodeAlreadyExists}
	ErrHoldNotActive       = &Error{Code: CodeHoldNotActive}
	ErrHoldExpired         = &Error{Code: CodeHoldExpired}
	ErrOutOfStock          = &Error{Code: CodeOutOfStock}
	ErrLimitReached        = &Error{Code: CodeLimitReached}
	ErrNothingToReverse    = &Error{Code: CodeNothingToReverse}
	ErrRefused             = &Error{Code: CodeRefused}
	ErrEventTooLate        = &Error{Code: CodeEventTooLate}
	ErrReferralRefused     = &Error{Code: CodeReferralRefused}
)

func opErr(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}
