package plugin

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tally-operator/tally/internal/engine"
)

func newExplainCommand(o *options) *cobra.Command {
	var file, output string
	cmd := &cobra.Command{
		Use:   "explain -n NAMESPACE PROGRAM -f EVENT.json",
		Short: "Which rules an event would fire, and why, without crediting anything",
		Long: `explain sends one event (the JSON that POST /v1/events takes, from a file or - for stdin) to
the program's ledger as a dry run (POST /v1/events:explain): the ledger applies it to the
member's current state (tier, caps, counters, badges) exactly as a real event, then rolls it
back, writing nothing. It prints every rule's verdict (awarded, capped, cap_reached,
condition_false, excluded, shadow, ...), the points the event would earn, the balance and tier
it would leave the member with, and what it did not judge (a referrer's own reward).

An event the ledger would refuse is refused the same way, with the field at fault. An event
id the ledger has taken already gets the result it was given. -o json prints the ledger's
answer as it is.`,
		Example: `  kubectl tally explain -n brew-coffee rewards -f purchase.json
  echo '{"id":"try-1","member":"alice","type":"purchase","amount":"128.50"}' | kubectl tally explain -n brew-coffee rewards -f -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				return fmt.Errorf("-f EVENT.json is required: the event to explain, as POST /v1/events takes it (- reads stdin)")
			}
			if output != "text" && output != "json" {
				return fmt.Errorf("-o %q: give text or json", output)
			}
			event, err := readEvent(file, cmd.InOrStdin())
			if err != nil {
				return err
			}
			ns, err := o.kube.namespace()
			if err != nil {
				return err
			}
			s, err := o.connect()
			if err != nil {
				return err
			}
			raw, err := s.explain(cmd.Context(), ns, args[0], event)
			if err != nil {
				return err
			}
			if output == "json" {
				return writeJSON(cmd.OutOrStdout(), raw)
			}
			var a explainAnswer
			if err := json.Unmarshal(raw, &a); err != nil {
				return fmt.Errorf("the ledger's answer: %v", err)
			}
			var sent struct{ Type string }
			_ = json.Unmarshal(event, &sent)
			return writeExplanation(cmd.OutOrStdout(), ns+"/"+args[0], sent.Type, &a)
		},
	}
	cmd.Flags().StringVarP(&file, "filename", "f", "", "file with the event's JSON, or - for stdin")
	cmd.Flags().StringVarP(&output, "output", "o", "text", "text, or json for the ledger's answer")
	return cmd
}

func readEvent(file string, stdin io.Reader) ([]byte, error) {
	var b []byte
	var err error
	if file == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(file)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the event: %w", err)
	}
	return b, nil
}

func (s *session) explain(ctx context.Context, namespace, program string, event []byte) (json.RawMessage, error) {
	p, err := s.program(ctx, namespace, program)
	if err != nil {
		return nil, err
	}
	api, err := s.openLedger(ctx, p)
	if err != nil {
		return nil, err
	}
	defer api.close()
	var raw json.RawMessage
	err = api.call(ctx, "POST", "/v1/events:explain", event, &raw)
	if pr, ok := err.(*apiProblem); ok {
		// A ledger from before the route answers that the path is not part of its API.
		if pr.Status == http.StatusNotFound && strings.Contains(pr.Detail, "is not part of the API") {
			return nil, fmt.Errorf("the ledger of %s/%s has no POST /v1/events:explain: it runs a Tally older than this plugin; upgrade the operator", namespace, program)
		}
		return nil, fmt.Errorf("the ledger refuses this event, as POST /v1/events would: %w", pr)
	}
	return raw, err
}

// explainAnswer is the answer of POST /v1/events:explain.
type explainAnswer struct {
	ID             string               `json:"id"`
	Member         string               `json:"member"`
	Points         int64                `json:"points"`
	Balance        int64                `json:"balance"`
	Shortfall      int64                `json:"shortfall"`
	RulesetVersion string               `json:"rulesetVersion"`
	Awards         []awardAnswer        `json:"awards"`
	WouldAward     []awardAnswer        `json:"wouldAward"`
	Tier           string               `json:"tier"`
	TierChanged    bool                 `json:"tierChanged"`
	Badges         []string             `json:"badges"`
	Replayed       bool                 `json:"replayed"`
	Explanation    []engine.Explanation `json:"explanation"`
	Limits         []string             `json:"limits"`
}

type awardAnswer struct {
	Rule      string     `json:"rule"`
	Points    int64      `json:"points"`
	ExpiresAt *time.Time `json:"expiresAt"`
}
