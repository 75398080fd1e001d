package plugin

import (
	"errors"
	"fmt"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
)

// refusal is something the user's RBAC does not let them do, said so that they know what to
// ask for, or what to do instead.
type refusal struct {
	what   string // "read Secret rewards-ledger-token in namespace brew-coffee"
	verb   string // "get secrets": the permission it takes
	advice string // "ask for it, or pass --token"
}

func (r *refusal) Error() string {
	return fmt.Sprintf("you may not %s (%s): %s", r.what, r.verb, r.advice)
}

func (r *refusal) Short() string { return "forbidden: " + r.verb }

// forbidden is err as a refusal when RBAC refused the request, and err otherwise.
func forbidden(err error, what, verb, advice string) error {
	if apierrors.IsForbidden(err) {
		return &refusal{what: what, verb: verb, advice: advice}
	}
	return err
}

// shortError is an error that can say why in a table's column.
type shortError interface {
	error
	Short() string
}

// short is why err happened, in a few words, for a column of a table.
func short(err error) string {
	if s, ok := errors.AsType[shortError](err); ok {
		return s.Short()
	}
	return "error: see below"
}

// failure is an error with a short form of its own.
type failure struct {
	short string
	err   error
}

func (f *failure) Error() string { return f.err.Error() }
func (f *failure) Unwrap() error { return f.err }
func (f *failure) Short() string { return f.short }

func failed(shortForm string, format string, args ...any) error {
	return &failure{short: shortForm, err: fmt.Errorf(format, args...)}
}
