package plugin

import (
	"context"
	"io"
	"time"

	"github.com/go-logr/logr"
	"github.com/spf13/cobra"
	ctrllog "sigs.k8s.io/controller-runtime/pkg/log"
)

// options are what every subcommand shares: how to reach the cluster and the ledgers.
type options struct {
	kube    *kubeFlags
	token   string
	kubectl string
	// forwarder reaches ledger pods; nil is kubectl port-forward. Tests set their own.
	forwarder forwarder
	now       func() time.Time
}

// NewCommand is kubectl-tally with its subcommands, writing to out and errOut.
func NewCommand(out, errOut io.Writer) *cobra.Command {
	return newCommand(&options{kube: newKubeFlags(), now: time.Now}, out, errOut)
}

func newCommand(o *options, out, errOut io.Writer) *cobra.Command {
	// The client library logs nothing a user needs; without a logger it warns that it has none.
	ctrllog.SetLogger(logr.Discard())
	root := &cobra.Command{
		Use: "kubectl-tally",
		// kubectl runs the plugin as `kubectl tally`, and so should its help say.
		Annotations: map[string]string{cobra.CommandDisplayNameAnnotation: "kubectl tally"},
		Short:       "Look into Tally's loyalty programs: their state, members, rules and simulations",
		Long: `kubectl tally looks into Tally's loyalty programs (PointsProgram, loyalty.tally.dev/v1alpha1)
with your own kubeconfig and RBAC.

status, member and explain talk to a program's ledger API: through a port-forward to a ready
ledger pod (kubectl port-forward, as you), with the bearer token of the Secret the program
names in status.tokenSecretName. Reading that Secret takes "get secrets" in the program's
namespace; without it, pass the token with --token. simulate reads the database URI of the
program's analytics Secret instead.

Besides the flags below, kubectl's other connection flags (--server, --user, --cluster,
--certificate-authority, --client-certificate, --client-key, --insecure-skip-tls-verify,
--tls-server-name, --proxy-url, --as-uid) work as they do for kubectl.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetOut(out)
	root.SetErr(errOut)
	f := root.PersistentFlags()
	o.kube.register(f)
	for _, name := range []string{"server", "user", "cluster", "certificate-authority", "client-certificate", "client-key",
		"insecure-skip-tls-verify", "tls-server-name", "proxy-url", "disable-compression", "as-uid"} {
		_ = f.MarkHidden(name) // kubectl lists them apart too (kubectl options)
	}
	f.StringVar(&o.token, "token", "", "bearer token of the ledger API, instead of the one in the program's token Secret")
	f.StringVar(&o.kubectl, "kubectl", "kubectl", "the kubectl that port-forwards to ledger pods")
	root.AddCommand(newStatusCommand(o), newMemberCommand(o), newExplainCommand(o), newSimulateCommand(o))
	return root
}

// Main runs kubectl-tally with args and returns its exit code.
func Main(ctx context.Context, args []string, out, errOut io.Writer) int {
	root := NewCommand(out, errOut)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		_, _ = io.WriteString(errOut, "error: "+err.Error()+"\n")
		return 1
	}
	return 0
}
