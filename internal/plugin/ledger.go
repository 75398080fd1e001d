package plugin

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/resources"
)

// ledgerAPI is a program's ledger API through a port-forward, with a token.
type ledgerAPI struct {
	program string // namespace/name, for messages
	base    string
	token   string
	client  *http.Client
	stop    func()
}

// openLedger reaches the program's ledger: its token first (the refusal most users meet),
// then a ready pod, then a port-forward to it. close it when done.
func (s *session) openLedger(ctx context.Context, p *v1alpha1.PointsProgram) (*ledgerAPI, error) {
	token, err := s.ledgerToken(ctx, p)
	if err != nil {
		return nil, err
	}
	pod, err := s.readyPod(ctx, p)
	if err != nil {
		return nil, err
	}
	addr, stop, err := s.fwd.forward(ctx, p.Namespace, pod, resources.APIPort)
	if err != nil {
		return nil, err
	}
	return &ledgerAPI{program: p.Namespace + "/" + p.Name, base: "http://" + addr, token: token,
		client: &http.Client{Timeout: 30 * time.Second}, stop: stop}, nil
}

func (l *ledgerAPI) close() { l.stop() }

// apiProblem is the ledger's error answer (RFC 9457).
type apiProblem struct {
	Status int    `json:"status"`
	Code   string `json:"code"`
	Field  string `json:"field"`
	Detail string `json:"detail"`
}

func (p *apiProblem) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the ledger answered %d %s", p.Status, p.Code)
	if p.Field != "" {
		fmt.Fprintf(&b, " (field %s)", p.Field)
	}
	b.WriteString(": " + p.Detail)
	if p.Status == http.StatusUnauthorized {
		b.WriteString("; the token is not the program's current one: pass the right one with --token, or leave --token out")
	}
	return b.String()
}

func (p *apiProblem) Short() string {
	if p.Status == http.StatusUnauthorized {
		return "token refused (401)"
	}
	return fmt.Sprintf("ledger: %d %s", p.Status, p.Code)
}

// call sends a request and decodes a 2xx answer into out; any other answer is an *apiProblem.
func (l *ledgerAPI) call(ctx context.Context, method, path string, body []byte, out any) error {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, l.base+path, r)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+l.token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := l.client.Do(req)
	if err != nil {
		return failed("ledger unreachable", "the ledger of %s did not answer through the port-forward: %v", l.program, err)
	}
	defer func() { _ = resp.Body.Close() }()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return failed("ledger unreachable", "reading the answer of the ledger of %s: %v", l.program, err)
	}
	if resp.StatusCode/100 != 2 {
		p := &apiProblem{}
		if json.Unmarshal(raw, p) != nil || p.Status == 0 {
			p = &apiProblem{Status: resp.StatusCode, Code: strings.ToLower(strings.ReplaceAll(http.StatusText(resp.StatusCode), " ", "_")), Detail: strings.TrimSpace(string(raw))}
		}
		return p
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("the ledger of %s answered %s %s with what is not its API's JSON: %v", l.program, method, path, err)
	}
	return nil
}
