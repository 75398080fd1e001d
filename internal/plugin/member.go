package plugin

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/spf13/cobra"

	"github.com/tally-operator/tally/internal/ledger"
)

func newMemberCommand(o *options) *cobra.Command {
	var lines int
	var output string
	cmd := &cobra.Command{
		Use:   "member -n NAMESPACE PROGRAM MEMBER_ID",
		Short: "A member's balance, held points, tier and recent statement",
		Long: `member shows what a program's ledger knows of a member: points available and held, points
expiring soon, tier and how far the next one is, and the most recent lines of their
statement (GET /v1/members/{id} and /v1/members/{id}/statement), newest first.

It reaches the ledger through a port-forward to a ready ledger pod, with the token of the
program's token Secret or --token. -o json prints the two answers of the API as they are.`,
		Example: `  kubectl tally member -n brew-coffee rewards alice
  kubectl tally member -n brew-coffee rewards alice --lines 100 -o json`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if lines < 1 || lines > 1000 {
				return fmt.Errorf("--lines %d: give 1 to 1000", lines)
			}
			if output != "text" && output != "json" {
				return fmt.Errorf("-o %q: give text or json", output)
			}
			ns, err := o.kube.namespace()
			if err != nil {
				return err
			}
			s, err := o.connect()
			if err != nil {
				return err
			}
			m, err := s.member(cmd.Context(), ns, args[0], args[1], lines)
			if err != nil {
				return err
			}
			if output == "json" {
				return writeJSON(cmd.OutOrStdout(), map[string]json.RawMessage{"member": m.rawMember, "statement": m.rawStatement})
			}
			return writeMember(cmd.OutOrStdout(), m)
		},
	}
	cmd.Flags().IntVar(&lines, "lines", 20, "how many statement lines to show, newest first (at most 1000)")
	cmd.Flags().StringVarP(&output, "output", "o", "text", "text, or json for the API's answers")
	return cmd
}

// memberOut is the answer of GET /v1/members/{id}.
type memberOut struct {
	ID            string     `json:"id"`
	Balance       int64      `json:"balance"`
	Held          int64      `json:"held"`
	Tier          string     `json:"tier"`
	TierReachedAt *time.Time `json:"tierReachedAt"`
	JoinedAt      time.Time  `json:"joinedAt"`
	ExpiringSoon  struct {
		Points int64 `json:"points"`
		Days   int64 `json:"days"`
	} `json:"expiringSoon"`
	NextTier *struct {
		Name      string `json:"name"`
		Threshold int64  `json:"threshold"`
		Metric    string `json:"metric"`
		Value     int64  `json:"value"`
		Remaining int64  `json:"remaining"`
	} `json:"nextTier"`
}

// memberReport is a member and their recent statement, as the ledger gave them.
type memberReport struct {
	program                 string
	member                  memberOut
	lines                   []ledger.StatementLine
	more                    bool
	rawMember, rawStatement json.RawMessage
}

func (s *session) member(ctx context.Context, namespace, program, id string, lines int) (*memberReport, error) {
	p, err := s.program(ctx, namespace, program)
	if err != nil {
		return nil, err
	}
	api, err := s.openLedger(ctx, p)
	if err != nil {
		return nil, err
	}
	defer api.close()
	r := &memberReport{program: namespace + "/" + program}
	path := "/v1/members/" + url.PathEscape(id)
	if err := api.call(ctx, "GET", path, nil, &r.rawMember); err != nil {
		if pr, ok := err.(*apiProblem); ok && pr.Status == http.StatusNotFound {
			return nil, fmt.Errorf("member %s has no activity in program %s", id, r.program)
		}
		return nil, err
	}
	if err := api.call(ctx, "GET", fmt.Sprintf("%s/statement?limit=%d", path, lines), nil, &r.rawStatement); err != nil {
		return nil, err
	}
	var st struct {
		Lines []ledger.StatementLine `json:"lines"`
		Next  string                 `json:"next"`
	}
	if err := json.Unmarshal(r.rawMember, &r.member); err != nil {
		return nil, fmt.Errorf("the ledger's member answer: %v", err)
	}
	if err := json.Unmarshal(r.rawStatement, &st); err != nil {
		return nil, fmt.Errorf("the ledger's statement answer: %v", err)
	}
	r.lines, r.more = st.Lines, st.Next != ""
	return r, nil
}
