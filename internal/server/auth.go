package server

import (
	"crypto/subtle"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

// tokens are the accepted bearer tokens, from a file that a mounted Secret keeps current.
type tokens struct {
	path    string
	mu      sync.Mutex
	list    [][]byte
	modTime time.Time
	checked time.Time
}

func newTokens(path string) (*tokens, error) {
	t := &tokens{path: path}
	if err := t.reload(); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *tokens) reload() error {
	st, err := os.Stat(t.path)
	if err != nil {
		return fmt.Errorf("token file: %w", err)
	}
	if st.ModTime().Equal(t.modTime) && t.list != nil {
		return nil
	}
	data, err := os.ReadFile(t.path)
	if err != nil {
		return fmt.Errorf("token file: %w", err)
	}
	var list [][]byte
	for line := range strings.Lines(string(data)) {
		if tok := strings.TrimSpace(line); tok != "" {
			list = append(list, []byte(tok))
		}
	}
	if len(list) == 0 {
		return fmt.Errorf("token file %s holds no token", t.path)
	}
	t.list, t.modTime = list, st.ModTime()
	return nil
}

// valid compares the token with every accepted one in constant time.
func (t *tokens) valid(token string) bool {
	t.mu.Lock()
	if time.Since(t.checked) > time.Second {
		_ = t.reload() // a failed reload keeps the tokens already read
		t.checked = time.Now()
	}
	list := t.list
	t.mu.Unlock()
	ok := 0
	for _, want := range list {
		ok |= subtle.ConstantTimeCompare([]byte(token), want)
	}
	return ok == 1
}

func (s *Server) authenticate(h http.HandlerFunc) http.HandlerFunc {
	if s.auth == nil {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) {
		scheme, token, found := strings.Cut(r.Header.Get("Authorization"), " ")
		switch {
		case !found || !strings.EqualFold(scheme, "Bearer") || token == "":
			writeProblem(w, problem(http.StatusUnauthorized, "unauthorized", "", "send Authorization: Bearer <token>"))
		case !s.auth.valid(token):
			writeProblem(w, problem(http.StatusUnauthorized, "unauthorized", "", "the bearer token is not valid"))
		default:
			h(w, r)
		}
	}
}
