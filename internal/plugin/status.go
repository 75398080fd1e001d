package plugin

import (
	"context"
	"fmt"
	"sync"

	"github.com/spf13/cobra"
	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/resources"
)

func newStatusCommand(o *options) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "status [-n NAMESPACE | -A]",
		Short: "One line per program: Ready, rule set, ledger pods, last expiry run and liability",
		Long: `status lists the PointsPrograms of a namespace (-n, or the kubeconfig context's), or of all
namespaces (-A), one line each:

  READY        the program's Ready condition, with its reason when it is not True
  RULESET      the rule set version the ledger applies (status.rulesetVersion)
  LEDGER       ledger pods ready / desired, from the Deployment <program>-ledger
  LAST EXPIRY  when the expiry CronJob <program>-expire last succeeded
  LIABILITY    the points members hold and their value, from the ledger's
               GET /v1/reports/liability (through a port-forward, with the program's token)

A column that cannot be filled says why in a few words (the ledger cannot be reached, the
token Secret cannot be read, ...), and the whole reason follows the table; the other columns
and programs are still listed.`,
		Example: `  kubectl tally status -n brew-coffee
  kubectl tally status -A`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ns := ""
			if !all {
				var err error
				if ns, err = o.kube.namespace(); err != nil {
					return err
				}
			}
			s, err := o.connect()
			if err != nil {
				return err
			}
			programs, err := s.programs(cmd.Context(), ns)
			if err != nil {
				return err
			}
			if len(programs) == 0 {
				where := "in namespace " + ns
				if all {
					where = "in any namespace"
				}
				_, err := fmt.Fprintf(cmd.OutOrStdout(), "No PointsPrograms %s.\n", where)
				return err
			}
			return writeStatus(cmd.OutOrStdout(), cmd.ErrOrStderr(), s.statusRows(cmd.Context(), programs))
		},
	}
	cmd.Flags().BoolVarP(&all, "all-namespaces", "A", false, "list the programs of every namespace")
	return cmd
}

// statusRow is one program's line of status. Each column is its value or, when it could not
// be had, why in a few words; notes are the whole reasons.
type statusRow struct {
	namespace, name, ready, ruleset, ledger, lastExpiry, liability string
	notes                                                          []string
}

// statusRows fills the programs' rows, a few at a time: each may wait for a port-forward.
func (s *session) statusRows(ctx context.Context, programs []v1alpha1.PointsProgram) []statusRow {
	rows := make([]statusRow, len(programs))
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for i := range programs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			rows[i] = s.statusRow(ctx, &programs[i])
		}()
	}
	wg.Wait()
	return rows
}

func (s *session) statusRow(ctx context.Context, p *v1alpha1.PointsProgram) statusRow {
	r := statusRow{namespace: p.Namespace, name: p.Name, ready: readyText(p), ruleset: orDash(p.Status.RulesetVersion)}
	note := func(err error) string {
		r.notes = append(r.notes, err.Error())
		return short(err)
	}
	var dep appsv1.Deployment
	switch err := s.client.Get(ctx, client.ObjectKey{Namespace: p.Namespace, Name: resources.DeploymentName(p)}, &dep); {
	case err == nil:
		r.ledger = replicasText(&dep)
	case apierrors.IsNotFound(err):
		r.ledger = "no Deployment"
	default:
		r.ledger = note(forbidden(err, fmt.Sprintf("read Deployment %s in namespace %s", resources.DeploymentName(p), p.Namespace), "get deployments.apps", "ask for it"))
	}
	var cj batchv1.CronJob
	switch err := s.client.Get(ctx, client.ObjectKey{Namespace: p.Namespace, Name: resources.ExpiryCronJobName(p)}, &cj); {
	case err == nil:
		r.lastExpiry = lastRunText(cj.Status.LastSuccessfulTime, s.now)
	case apierrors.IsNotFound(err):
		r.lastExpiry = "no CronJob"
	default:
		r.lastExpiry = note(forbidden(err, fmt.Sprintf("read CronJob %s in namespace %s", resources.ExpiryCronJobName(p), p.Namespace), "get cronjobs.batch", "ask for it"))
	}
	if l, err := s.liability(ctx, p); err != nil {
		r.liability = note(err)
	} else {
		r.liability = l.text()
	}
	return r
}

// liabilityOut is the answer of GET /v1/reports/liability.
type liabilityOut struct {
	Points   int64  `json:"points"`
	Value    string `json:"value"`
	Currency string `json:"currency"`
	Members  int64  `json:"members"`
}

func (s *session) liability(ctx context.Context, p *v1alpha1.PointsProgram) (liabilityOut, error) {
	var l liabilityOut
	api, err := s.openLedger(ctx, p)
	if err != nil {
		return l, err
	}
	defer api.close()
	return l, api.call(ctx, "GET", "/v1/reports/liability", nil, &l)
}

func readyText(p *v1alpha1.PointsProgram) string {
	c := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionReady)
	switch {
	case c == nil:
		return "Unknown"
	case c.Status == "True":
		return "True"
	case c.Reason != "":
		return string(c.Status) + " (" + c.Reason + ")"
	}
	return string(c.Status)
}

func replicasText(d *appsv1.Deployment) string {
	desired := int32(1)
	if d.Spec.Replicas != nil {
		desired = *d.Spec.Replicas
	}
	return fmt.Sprintf("%d/%d", d.Status.ReadyReplicas, desired)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
