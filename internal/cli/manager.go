package cli

import (
	"flag"
	"fmt"

	"github.com/spf13/cobra"
	"k8s.io/apimachinery/pkg/runtime"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"
	clientgoscheme "k8s.io/client-go/kubernetes/scheme"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/healthz"
	"sigs.k8s.io/controller-runtime/pkg/log/zap"
	"sigs.k8s.io/controller-runtime/pkg/metrics/filters"
	metricsserver "sigs.k8s.io/controller-runtime/pkg/metrics/server"

	loyaltyv1alpha1 "github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/controllers"
	"github.com/tally-operator/tally/internal/version"
)

type managerOptions struct {
	metricsAddr    string
	secureMetrics  bool
	probeAddr      string
	leaderElection bool
	image          string
	namespace      string
	watch          []string
	zap            zap.Options
}

func newManagerCommand() *cobra.Command {
	o := managerOptions{zap: zap.Options{Development: false}}
	cmd := &cobra.Command{
		Use:   "manager",
		Short: "Run the operator: reconcile PointsPrograms, EarnRules, TierPolicies and RedemptionCatalogs",
		Long: `manager runs the Tally operator. It watches the loyalty.tally.dev kinds and turns
them into database configuration, ledger workloads and CronJobs.

Metrics are served over HTTPS and need a bearer token that may get /metrics (checked with
TokenReview and SubjectAccessReview), unless --metrics-secure=false.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runManager(o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.metricsAddr, "metrics-bind-address", ":8443", "address of the metrics endpoint; 0 turns it off")
	f.BoolVar(&o.secureMetrics, "metrics-secure", true, "serve metrics over HTTPS behind authentication and authorization")
	f.StringVar(&o.probeAddr, "health-probe-bind-address", ":8081", "address of the /healthz and /readyz endpoints")
	f.BoolVar(&o.leaderElection, "leader-elect", false, "elect a leader so that only one replica reconciles at a time")
	f.StringVar(&o.image, "ledger-image", envOr("TALLY_IMAGE", "ghcr.io/tally-operator/tally:"+version.Version),
		"image the ledger Deployments and the CronJobs run: the operator's own (default $TALLY_IMAGE)")
	f.StringVar(&o.namespace, "namespace", envOr("POD_NAMESPACE", "tally-system"),
		"the operator's own namespace, where the admin Secrets of LedgerDatabases are read (default $POD_NAMESPACE or tally-system)")
	f.StringSliceVar(&o.watch, "watch-namespaces", nil,
		"reconcile only the programs of these namespaces (comma-separated; the operator's own namespace is watched too); all namespaces when empty")
	logFlags := flag.NewFlagSet("log", flag.ContinueOnError)
	o.zap.BindFlags(logFlags)
	f.AddGoFlagSet(logFlags)
	return cmd
}

func runManager(o managerOptions) error {
	ctrl.SetLogger(zap.New(zap.UseFlagOptions(&o.zap)))
	log := ctrl.Log.WithName("manager")

	scheme := runtime.NewScheme()
	utilruntime.Must(clientgoscheme.AddToScheme(scheme))
	utilruntime.Must(loyaltyv1alpha1.AddToScheme(scheme))

	metrics := metricsserver.Options{BindAddress: o.metricsAddr, SecureServing: o.secureMetrics}
	if o.secureMetrics {
		metrics.FilterProvider = filters.WithAuthenticationAndAuthorization
	}
	cfg, err := ctrl.GetConfig()
	if err != nil {
		return fmt.Errorf("find the Kubernetes API: %w", err)
	}
	watch := o.watch
	if len(watch) > 0 {
		// Migration Jobs of programs on LedgerDatabases run in the operator's namespace.
		watch = append(watch, o.namespace)
	}
	mgr, err := ctrl.NewManager(cfg, ctrl.Options{
		Scheme:                        scheme,
		Cache:                         controllers.CacheOptions(watch...),
		Metrics:                       metrics,
		HealthProbeBindAddress:        o.probeAddr,
		LeaderElection:                o.leaderElection,
		LeaderElectionID:              "manager.tally.dev",
		LeaderElectionReleaseOnCancel: true,
	})
	if err != nil {
		return fmt.Errorf("create manager: %w", err)
	}
	if err := controllers.Setup(mgr, controllers.Options{Image: o.image, Namespace: o.namespace}); err != nil {
		return fmt.Errorf("set up controllers: %w", err)
	}
	if err := mgr.AddHealthzCheck("healthz", healthz.Ping); err != nil {
		return fmt.Errorf("add health check: %w", err)
	}
	if err := mgr.AddReadyzCheck("readyz", healthz.Ping); err != nil {
		return fmt.Errorf("add ready check: %w", err)
	}
	log.Info("starting", "version", version.Version)
	return mgr.Start(ctrl.SetupSignalHandler())
}
