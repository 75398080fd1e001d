package plugin

import (
	"context"
	"fmt"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	"k8s.io/apimachinery/pkg/runtime"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"
	clientgoscheme "k8s.io/client-go/kubernetes/scheme"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
)

var scheme = func() *runtime.Scheme {
	s := runtime.NewScheme()
	utilruntime.Must(clientgoscheme.AddToScheme(s))
	utilruntime.Must(v1alpha1.AddToScheme(s))
	return s
}()

// session is one command's connection to the cluster, as the user.
type session struct {
	client client.Client
	fwd    forwarder
	token  string // --token: the ledger's token, instead of the program's Secret's
	now    time.Time
}

func (o *options) connect() (*session, error) {
	cfg, err := o.kube.restConfig()
	if err != nil {
		return nil, fmt.Errorf("kubeconfig: %w", err)
	}
	if cfg.QPS == 0 {
		// status reads a few objects per program, of many programs; client-go's default of 5
		// requests a second would make a cluster's list wait on the client, not the server.
		cfg.QPS, cfg.Burst = 50, 100
	}
	c, err := client.New(cfg, client.Options{Scheme: scheme})
	if err != nil {
		return nil, fmt.Errorf("connecting to the cluster: %w", err)
	}
	fwd := o.forwarder
	if fwd == nil {
		fwd = &kubectlForwarder{kubectl: o.kubectl, kube: o.kube, wait: 30 * time.Second}
	}
	return &session{client: c, fwd: fwd, token: o.token, now: o.now()}, nil
}

// program reads one PointsProgram.
func (s *session) program(ctx context.Context, namespace, name string) (*v1alpha1.PointsProgram, error) {
	var p v1alpha1.PointsProgram
	err := s.client.Get(ctx, client.ObjectKey{Namespace: namespace, Name: name}, &p)
	switch {
	case err == nil:
		return &p, nil
	case apierrors.IsNotFound(err):
		return nil, fmt.Errorf("there is no PointsProgram %s in namespace %s (kubectl get pointsprograms -n %s lists them)", name, namespace, namespace)
	case meta.IsNoMatchError(err):
		return nil, noTally(err)
	}
	return nil, forbidden(err, fmt.Sprintf("read PointsProgram %s in namespace %s", name, namespace), "get pointsprograms.loyalty.tally.dev", "ask for it")
}

// programs lists the PointsPrograms of namespace, or of every namespace for "".
func (s *session) programs(ctx context.Context, namespace string) ([]v1alpha1.PointsProgram, error) {
	var list v1alpha1.PointsProgramList
	err := s.client.List(ctx, &list, client.InNamespace(namespace))
	switch {
	case err == nil:
		return list.Items, nil
	case meta.IsNoMatchError(err):
		return nil, noTally(err)
	case namespace == "":
		return nil, forbidden(err, "list PointsPrograms in all namespaces", "list pointsprograms.loyalty.tally.dev at cluster scope", "ask for it, or name a namespace with -n")
	}
	return nil, forbidden(err, "list PointsPrograms in namespace "+namespace, "list pointsprograms.loyalty.tally.dev", "ask for it")
}

func noTally(err error) error {
	return fmt.Errorf("the cluster has no PointsProgram kind (loyalty.tally.dev/v1alpha1): is Tally installed? (%v)", err)
}

// ledgerToken is --token, or the token of the program's token Secret.
func (s *session) ledgerToken(ctx context.Context, p *v1alpha1.PointsProgram) (string, error) {
	if s.token != "" {
		return s.token, nil
	}
	name := p.Status.TokenSecretName
	if name == "" {
		return "", failed("no token Secret yet", "program %s/%s names no token Secret yet (status.tokenSecretName): wait until it is Ready, or pass --token", p.Namespace, p.Name)
	}
	var sec corev1.Secret
	err := s.client.Get(ctx, client.ObjectKey{Namespace: p.Namespace, Name: name}, &sec)
	switch {
	case apierrors.IsNotFound(err):
		return "", failed("no token Secret", "Secret %s in namespace %s, which holds the token of program %s, does not exist: pass --token", name, p.Namespace, p.Name)
	case err != nil:
		return "", forbidden(err, fmt.Sprintf("read Secret %s in namespace %s", name, p.Namespace), "get secrets", "ask for it, or pass --token")
	}
	token := string(sec.Data["token"])
	if token == "" {
		return "", failed("token Secret empty", "Secret %s in namespace %s has no key \"token\": pass --token", name, p.Namespace)
	}
	return token, nil
}

// ledgerSelector selects a program's ledger pods.
func ledgerSelector(p *v1alpha1.PointsProgram) client.MatchingLabels {
	return client.MatchingLabels{"app.kubernetes.io/component": "ledger", "app.kubernetes.io/instance": p.Name}
}

// readyPod is a ready ledger pod of the program, the first by name.
func (s *session) readyPod(ctx context.Context, p *v1alpha1.PointsProgram) (string, error) {
	var pods corev1.PodList
	if err := s.client.List(ctx, &pods, client.InNamespace(p.Namespace), ledgerSelector(p)); err != nil {
		return "", forbidden(err, "list pods in namespace "+p.Namespace, "list pods", "ask for it")
	}
	best := ""
	for _, pod := range pods.Items {
		if pod.DeletionTimestamp != nil || pod.Status.Phase != corev1.PodRunning || !podReady(&pod) {
			continue
		}
		if best == "" || pod.Name < best {
			best = pod.Name
		}
	}
	if best == "" {
		return "", failed("no ready ledger pod", "program %s/%s has no ready ledger pod (kubectl -n %s get pods -l app.kubernetes.io/component=ledger,app.kubernetes.io/instance=%s)",
			p.Namespace, p.Name, p.Namespace, p.Name)
	}
	return best, nil
}

func podReady(pod *corev1.Pod) bool {
	for _, c := range pod.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}
