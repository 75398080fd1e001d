package monitoring

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/relabel"
	authenticationv1 "k8s.io/api/authentication/v1"
	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	k8slabels "k8s.io/apimachinery/pkg/labels"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
	"k8s.io/utils/ptr"
	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/cli"
	"github.com/tally-operator/tally/internal/resources"
	"github.com/tally-operator/tally/internal/testenv"
)

// The run the tests scrape: `tally ledger serve` and `tally manager`, each started in this
// process through the same command line code as the binary (internal/cli), so that what is
// scraped is what a pod serves: the ledger with its export dispatcher on its metrics port,
// the manager behind controller-runtime's authenticated HTTPS metrics endpoint. The manager
// runs against a test control plane (envtest) rather than as a bare metrics server, because
// its labelled series (tally_operator_program_ready, the reconcile and work queue series of
// each controller) exist only once its controllers run and reconcile a PointsProgram.
const (
	namespace = "brew-coffee"
	program   = "rewards"
	schema    = "rewards"
)

// scrape is one round of scrapes, stored at a time of its own: the values are the run's, the
// times are 30 s apart as a Prometheus scraping every 30 s would have stored them, so that
// rate() over them means what it does in a cluster.
type scrape struct {
	at                time.Time
	ledger, operator  map[string]*dto.MetricFamily
	ledgerT, managerT labels.Labels
}

var run struct {
	err      error // why the run could not be made; the tests that need it fail with it
	took     time.Duration
	scrapes  []scrape
	store    *Storage
	reason   string // the reason of the program's Ready condition, as the operator exports it
	noToken  int    // the manager's status for a scrape without a token
	kubectl  string // kubectl of the test control plane's version
	rootPath string
}

func TestMain(m *testing.M) {
	// A SIGTERM ends the ledger and the manager as it ends their pods; listening for it here
	// too keeps the signal from ending this process before they are done.
	term := make(chan os.Signal, 1)
	signal.Notify(term, syscall.SIGTERM)
	start := time.Now()
	stop, err := startRun()
	run.err, run.took = err, time.Since(start)
	if err != nil {
		fmt.Fprintln(os.Stderr, "monitoring: the run could not be made:", err)
	} else {
		fmt.Fprintf(os.Stderr, "monitoring: ledger and manager started, driven and scraped in %.1fs\n", run.took.Seconds())
	}
	code := m.Run()
	stop()
	os.Exit(code)
}

// startRun starts PostgreSQL and a test control plane, then the manager and the ledger,
// drives the ledger and scrapes both four times. stop ends everything it started.
func startRun() (stop func(), err error) {
	var stops []func()
	stop = func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
	defer func() {
		if err != nil {
			stop()
			stop = func() {}
		}
	}()
	run.rootPath = testenv.RepoRoot()
	run.store = NewStorage()

	var pg *testenv.Postgres
	var kube *testenv.Kube
	pgErr, kubeErr := make(chan error, 1), make(chan error, 1)
	go func() {
		var err error
		pg, err = testenv.StartPostgres()
		pgErr <- err
	}()
	go func() {
		var err error
		kube, err = testenv.StartKube()
		kubeErr <- err
	}()
	errPG, errKube := <-pgErr, <-kubeErr
	if errPG == nil {
		stops = append(stops, func() { _ = pg.Stop() })
	}
	if errKube == nil {
		stops = append(stops, func() { _ = kube.Stop() })
	}
	if err := errors.Join(errPG, errKube); err != nil {
		return stop, err
	}
	run.kubectl = filepath.Join(kube.AssetsDir, "kubectl")
	dir, err := os.MkdirTemp("", "tally-monitoring-")
	if err != nil {
		return stop, err
	}
	stops = append(stops, func() { _ = os.RemoveAll(dir) })

	// Both commands stop on SIGTERM, as in their pods; stop waits for them.
	var running []chan int
	stops = append(stops, func() {
		if len(running) == 0 {
			return
		}
		_ = syscall.Kill(os.Getpid(), syscall.SIGTERM)
		for _, done := range running {
			select {
			case <-done:
			case <-time.After(15 * time.Second):
			}
		}
	})

	mgr, err := startManager(kube, dir, &running)
	if err != nil {
		return stop, fmt.Errorf("manager: %w", err)
	}
	led, err := startLedger(pg, dir, &running)
	if err != nil {
		return stop, fmt.Errorf("ledger: %w", err)
	}
	return stop, driveAndScrape(mgr, led)
}

// managerRun is a running manager: where its metrics are and the scraper's token.
type managerRun struct {
	url, token string
	client     *http.Client
	target     labels.Labels
}

func startManager(kube *testenv.Kube, dir string, running *[]chan int) (*managerRun, error) {
	ctx := context.Background()
	root := run.rootPath
	// The manager runs as a user with only config/rbac's ClusterRoles, as in a cluster:
	// tally-manager, and tally-metrics-auth for checking scrapers' tokens.
	for _, f := range []string{"config/rbac/role.yaml", "config/rbac/metrics_auth_role.yaml", "config/rbac/metrics_reader_role.yaml"} {
		if err := applyFile(ctx, kube, filepath.Join(root, f), ""); err != nil {
			return nil, err
		}
	}
	for _, role := range []string{"tally-manager", "tally-metrics-auth"} {
		b := &rbacv1.ClusterRoleBinding{ObjectMeta: metav1.ObjectMeta{Name: role + "-test"},
			RoleRef:  rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "ClusterRole", Name: role},
			Subjects: []rbacv1.Subject{{Kind: "User", APIGroup: "rbac.authorization.k8s.io", Name: "tally-manager"}}}
		if err := kube.Client.Create(ctx, b); err != nil {
			return nil, err
		}
	}
	user, err := kube.UserConfig("tally-manager")
	if err != nil {
		return nil, err
	}
	kc := clientcmdapi.NewConfig()
	kc.Clusters["test"] = &clientcmdapi.Cluster{Server: user.Host, CertificateAuthorityData: user.CAData}
	kc.AuthInfos["tally-manager"] = &clientcmdapi.AuthInfo{ClientCertificateData: user.CertData, ClientKeyData: user.KeyData, Token: user.BearerToken}
	kc.Contexts["test"] = &clientcmdapi.Context{Cluster: "test", AuthInfo: "tally-manager"}
	kc.CurrentContext = "test"
	kubeconfig := filepath.Join(dir, "manager.kubeconfig")
	if err := clientcmd.WriteToFile(*kc, kubeconfig); err != nil {
		return nil, err
	}

	// Prometheus's service account, bound by config/prometheus/metrics-reader-binding.yaml.
	monitoringNS := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: "monitoring"}}
	sa := &corev1.ServiceAccount{ObjectMeta: metav1.ObjectMeta{Namespace: "monitoring", Name: "prometheus-k8s"}}
	if err := kube.Client.Create(ctx, monitoringNS); err != nil {
		return nil, err
	}
	if err := kube.Client.Create(ctx, sa); err != nil {
		return nil, err
	}
	if err := applyFile(ctx, kube, filepath.Join(root, "config/prometheus/metrics-reader-binding.yaml"), ""); err != nil {
		return nil, err
	}
	tr := &authenticationv1.TokenRequest{Spec: authenticationv1.TokenRequestSpec{ExpirationSeconds: ptr.To(int64(3600))}}
	if err := kube.Client.SubResource("token").Create(ctx, sa, tr); err != nil {
		return nil, fmt.Errorf("token of monitoring/prometheus-k8s: %w", err)
	}

	metricsAddr, probeAddr := freeAddr(), freeAddr()
	if err := os.Setenv("KUBECONFIG", kubeconfig); err != nil {
		return nil, err
	}
	done := make(chan int, 1)
	go func() {
		done <- cli.Run([]string{"manager", "--metrics-bind-address=" + metricsAddr, "--health-probe-bind-address=" + probeAddr,
			"--namespace=tally-system", "--zap-log-level=error"})
	}()
	*running = append(*running, done)

	// The program the operator reconciles: the coffee sample, whose LedgerDatabase does not
	// exist here, so that it is not Ready and says why.
	if err := kube.Client.Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: namespace}}); err != nil {
		return nil, err
	}
	if err := applyFile(ctx, kube, filepath.Join(root, "config/samples/coffee/program.yaml"), namespace); err != nil {
		return nil, err
	}

	sm, err := readMonitor(filepath.Join(root, "config/prometheus/manager-servicemonitor.yaml"))
	if err != nil {
		return nil, err
	}
	target, err := managerTarget(sm, metricsAddr)
	if err != nil {
		return nil, err
	}
	ep := sm.Spec.Endpoints[0]
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{
		// Verified or not as the ServiceMonitor says (the manager's certificate is its own).
		TLSClientConfig: &tls.Config{InsecureSkipVerify: ep.TLSConfig != nil && ep.TLSConfig.InsecureSkipVerify}}}
	m := &managerRun{url: ep.Scheme + "://" + metricsAddr + ep.Path, token: tr.Status.Token, client: client, target: target}

	// Wait for the manager to serve, and to report the program.
	deadline := time.Now().Add(45 * time.Second)
	for {
		select {
		case code := <-done:
			return nil, fmt.Errorf("tally manager exited with %d", code)
		default:
		}
		fams, err := Scrape(ctx, client, m.url, m.token)
		if err == nil {
			if r := readyReason(fams); r != "" {
				run.reason = r
				break
			}
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("no tally_operator_program_ready for %s/%s in the manager's metrics (last scrape: %v)", namespace, program, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// A scrape without the token is refused: the ServiceMonitor's bearer token is needed.
	req, _ := http.NewRequest(http.MethodGet, m.url, nil)
	if resp, err := client.Do(req); err == nil {
		run.noToken = resp.StatusCode
		resp.Body.Close()
	}
	return m, nil
}

// readyReason is the reason label of the program's tally_operator_program_ready series.
func readyReason(fams map[string]*dto.MetricFamily) string {
	for _, m := range fams["tally_operator_program_ready"].GetMetric() {
		l := map[string]string{}
		for _, lp := range m.GetLabel() {
			l[lp.GetName()] = lp.GetValue()
		}
		if l["namespace"] == namespace && l["program"] == program {
			return l["reason"]
		}
	}
	return ""
}

// ledgerRun is a running ledger: its API, its metrics and its export receivers.
type ledgerRun struct {
	api, metrics  string
	dsn           string
	target        labels.Labels
	crm, refusing *atomic.Int64 // requests the receivers got
}

func startLedger(pg *testenv.Postgres, dir string, running *[]chan int) (*ledgerRun, error) {
	l := &ledgerRun{dsn: pg.DSN, api: freeAddr(), metrics: freeAddr(), crm: new(atomic.Int64), refusing: new(atomic.Int64)}
	if code := cli.Run([]string{"migrate", "--database-url", l.dsn, "--schema", schema}); code != 0 {
		return nil, fmt.Errorf("tally migrate exited with %d", code)
	}
	// Two sinks: one that takes everything, one that refuses everything and gives a batch
	// up at its first failure, so that every export series exists.
	crm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.crm.Add(1)
		_, _ = io.Copy(io.Discard, r.Body)
		w.WriteHeader(http.StatusNoContent)
	}))
	refusing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.refusing.Add(1)
		http.Error(w, "down for maintenance", http.StatusInternalServerError)
	}))
	key := filepath.Join(dir, "signing-key")
	if err := os.WriteFile(key, []byte("test-signing-key"), 0o600); err != nil {
		return nil, err
	}
	cfg, _ := json.Marshal(map[string]any{"source": "/tally/" + namespace + "/" + program, "sinks": []map[string]any{
		{"name": "crm", "url": crm.URL, "signingKeyFile": key},
		{"name": "warehouse", "url": refusing.URL, "signingKeyFile": key, "maxAttempts": 1},
	}})
	cfgFile := filepath.Join(dir, "export.json")
	if err := os.WriteFile(cfgFile, cfg, 0o600); err != nil {
		return nil, err
	}
	done := make(chan int, 1)
	go func() {
		done <- cli.Run([]string{"ledger", "serve", "--database-url", l.dsn, "--schema", schema, "--listen", l.api,
			"--metrics-listen", l.metrics, "--export-config", cfgFile, "--grace", "5s"})
	}()
	*running = append(*running, done)
	if err := waitFor(done, 20*time.Second, func() bool { return status("GET", "http://"+l.api+"/healthz", "") == 200 }); err != nil {
		return nil, err
	}
	pm, err := readMonitor(filepath.Join(run.rootPath, "config/prometheus/ledger-podmonitor.yaml"))
	if err != nil {
		return nil, err
	}
	if l.target, err = ledgerTarget(pm, l.metrics); err != nil {
		return nil, err
	}
	return l, nil
}

// driveAndScrape makes the series the alerts and panels read, and scrapes both components
// four times: before and after a second 503, and after each of two rounds of traffic.
func driveAndScrape(m *managerRun, l *ledgerRun) error {
	api := "http://" + l.api
	base := time.Now().Truncate(time.Second)
	round := func() error {
		ctx := context.Background()
		sc := scrape{at: base.Add(time.Duration(len(run.scrapes)) * 30 * time.Second), ledgerT: l.target, managerT: m.target}
		var err error
		if sc.ledger, err = Scrape(ctx, nil, "http://"+l.metrics+"/metrics", ""); err != nil {
			return err
		}
		if sc.operator, err = Scrape(ctx, m.client, m.url, m.token); err != nil {
			return err
		}
		run.store.AddScrape(l.target, false, sc.at, sc.ledger)
		run.store.AddScrape(m.target, true, sc.at, sc.operator)
		run.scrapes = append(run.scrapes, sc)
		return nil
	}
	purchase := func(id, member string) string {
		return fmt.Sprintf(`{"id":%q,"member":%q,"type":"purchase","amount":"1000"}`, id, member)
	}
	// Before a rule set is published the API answers 503: the 5xx an error-rate alert sees.
	if got := status("POST", api+"/v1/events", purchase("early-1", "m-0")); got != 503 {
		return fmt.Errorf("an event before any rule set: status %d, want 503", got)
	}
	if err := round(); err != nil {
		return err
	}
	if got := status("POST", api+"/v1/events", purchase("early-2", "m-0")); got != 503 {
		return fmt.Errorf("an event before any rule set: status %d, want 503", got)
	}
	if err := round(); err != nil {
		return err
	}
	if code := cli.Run([]string{"ruleset", "publish", "-f", filepath.Join(run.rootPath, "config/samples/coffee"), "--namespace", namespace,
		"--database-url", l.dsn, "--schema", schema}); code != 0 {
		return fmt.Errorf("tally ruleset publish exited with %d", code)
	}
	if err := waitFor(nil, 10*time.Second, func() bool { return status("GET", api+"/readyz", "") == 200 }); err != nil {
		return fmt.Errorf("the ledger did not take up the rule set: %w", err)
	}
	// Two rounds of traffic, each scraped after the export has delivered it, so that the
	// series it makes have two samples and a rate.
	for r := range 2 {
		delivered := l.crm.Load()
		for i := range 20 {
			if got := status("POST", api+"/v1/events", purchase(fmt.Sprint("o-", r, "-", i), fmt.Sprint("m-", i%4))); got != 200 {
				return fmt.Errorf("purchase %d: status %d", i, got)
			}
		}
		for _, c := range []struct {
			method, path, body string
			want               int
		}{
			{"POST", "/v1/redemptions", fmt.Sprintf(`{"id":"r-%d","member":"m-0","sku":"free-drink"}`, r), 201},
			{"POST", "/v1/redemptions", fmt.Sprintf(`{"id":"r-%d-refused","member":"m-nobody","sku":"free-drink"}`, r), 422},
			{"POST", "/v1/adjustments", fmt.Sprintf(`{"id":"adj-%d","member":"m-1","points":50,"reason":"goodwill","actor":"ops"}`, r), 201},
			{"POST", "/v1/events", `{"id":`, 400},
			{"GET", "/v1/members/m-0", "", 200},
			{"GET", "/v1/reports/liability", "", 200},
		} {
			if got := status(c.method, api+c.path, c.body); got != c.want {
				return fmt.Errorf("%s %s: status %d, want %d", c.method, c.path, got, c.want)
			}
		}
		// The dispatcher delivers to one sink and dead-letters for the other.
		if err := waitFor(nil, 15*time.Second, func() bool {
			fams, err := Scrape(context.Background(), nil, "http://"+l.metrics+"/metrics", "")
			return err == nil && l.crm.Load() > delivered && fams["tally_export_dead_letters_total"] != nil
		}); err != nil {
			return fmt.Errorf("export: %d requests to crm, %d to warehouse: %w", l.crm.Load(), l.refusing.Load(), err)
		}
		if err := round(); err != nil {
			return err
		}
	}
	return nil
}

// monitorObject is the part of a ServiceMonitor or PodMonitor the tests read.
type monitorObject struct {
	Kind     string `json:"kind"`
	Metadata struct {
		Name      string `json:"name"`
		Namespace string `json:"namespace"`
	} `json:"metadata"`
	Spec struct {
		Selector          metav1.LabelSelector `json:"selector"`
		NamespaceSelector struct {
			Any        bool     `json:"any"`
			MatchNames []string `json:"matchNames"`
		} `json:"namespaceSelector"`
		Endpoints           []monitorEndpoint `json:"endpoints"`
		PodMetricsEndpoints []monitorEndpoint `json:"podMetricsEndpoints"`
	} `json:"spec"`
}

type monitorEndpoint struct {
	Port            string `json:"port"`
	Path            string `json:"path"`
	Scheme          string `json:"scheme"`
	HonorLabels     bool   `json:"honorLabels"`
	BearerTokenFile string `json:"bearerTokenFile"`
	TLSConfig       *struct {
		InsecureSkipVerify bool `json:"insecureSkipVerify"`
	} `json:"tlsConfig"`
	Relabelings []struct {
		Action       string   `json:"action"`
		SourceLabels []string `json:"sourceLabels"`
		Separator    *string  `json:"separator"`
		Regex        *string  `json:"regex"`
		TargetLabel  string   `json:"targetLabel"`
		Replacement  *string  `json:"replacement"`
	} `json:"relabelings"`
}

func readMonitor(path string) (*monitorObject, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m monitorObject
	if err := yaml.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// relabel applies the Prometheus Operator's relabelings of an endpoint (the target's
// namespace, pod, container, endpoint, service and default job, which it puts first), then
// the endpoint's own, to a target's discovered labels, and drops the __ labels as Prometheus
// does after relabelling.
func (ep monitorEndpoint) relabel(discovered map[string]string, operatorLabels map[string]string) (labels.Labels, error) {
	b := labels.NewBuilder(labels.FromMap(discovered))
	for k, v := range operatorLabels {
		b.Set(k, v)
	}
	var cfgs []*relabel.Config
	for _, r := range ep.Relabelings {
		c := relabel.DefaultRelabelConfig
		c.NameValidationScheme = model.UTF8Validation
		if r.Action != "" {
			c.Action = relabel.Action(strings.ToLower(r.Action))
		}
		for _, s := range r.SourceLabels {
			c.SourceLabels = append(c.SourceLabels, model.LabelName(s))
		}
		if r.Separator != nil {
			c.Separator = *r.Separator
		}
		if r.Regex != nil {
			re, err := relabel.NewRegexp(*r.Regex)
			if err != nil {
				return labels.EmptyLabels(), err
			}
			c.Regex = re
		}
		c.TargetLabel = r.TargetLabel
		if r.Replacement != nil {
			c.Replacement = *r.Replacement
		}
		if err := c.Validate(model.UTF8Validation); err != nil {
			return labels.EmptyLabels(), fmt.Errorf("relabeling %+v: %w", r, err)
		}
		cfgs = append(cfgs, &c)
	}
	if !relabel.ProcessBuilder(b, cfgs...) {
		return labels.EmptyLabels(), fmt.Errorf("the relabelings drop the target")
	}
	if b.Get("instance") == "" {
		b.Set("instance", b.Get("__address__"))
	}
	out := labels.NewBuilder(labels.EmptyLabels())
	b.Labels().Range(func(l labels.Label) {
		if !strings.HasPrefix(l.Name, "__") {
			out.Set(l.Name, l.Value)
		}
	})
	return out.Labels(), nil
}

var invalidLabelChars = regexp.MustCompile(`[^a-zA-Z0-9_]`)

// ledgerTarget is the target a PodMonitor makes of a ledger pod, the pod as
// internal/resources builds it; it fails unless the monitor selects the pod and its port.
func ledgerTarget(pm *monitorObject, addr string) (labels.Labels, error) {
	p := &v1alpha1.PointsProgram{ObjectMeta: metav1.ObjectMeta{Name: program, Namespace: namespace}}
	pod := resources.Deployment(p, "tally:test").Spec.Template
	sel, err := metav1.LabelSelectorAsSelector(&pm.Spec.Selector)
	if err != nil {
		return labels.EmptyLabels(), err
	}
	if !sel.Matches(k8slabels.Set(pod.Labels)) {
		return labels.EmptyLabels(), fmt.Errorf("PodMonitor %s does not select the ledger pods (%v)", pm.Metadata.Name, pod.Labels)
	}
	if !pm.Spec.NamespaceSelector.Any && !slices.Contains(pm.Spec.NamespaceSelector.MatchNames, namespace) {
		return labels.EmptyLabels(), fmt.Errorf("PodMonitor %s does not look in the programs' namespaces", pm.Metadata.Name)
	}
	if len(pm.Spec.PodMetricsEndpoints) != 1 {
		return labels.EmptyLabels(), fmt.Errorf("PodMonitor %s: one endpoint expected", pm.Metadata.Name)
	}
	ep := pm.Spec.PodMetricsEndpoints[0]
	var container string
	for _, c := range pod.Spec.Containers {
		for _, port := range c.Ports {
			if port.Name == ep.Port && port.ContainerPort == resources.MetricsPort {
				container = c.Name
			}
		}
	}
	if container == "" {
		return labels.EmptyLabels(), fmt.Errorf("PodMonitor %s scrapes port %q, which is not the ledger's metrics port %d", pm.Metadata.Name, ep.Port, resources.MetricsPort)
	}
	podName := resources.DeploymentName(p) + "-5d9c7b6f4-x2k8q"
	discovered := map[string]string{
		"__address__":                                   addr,
		"__meta_kubernetes_namespace":                   namespace,
		"__meta_kubernetes_pod_name":                    podName,
		"__meta_kubernetes_pod_container_name":          container,
		"__meta_kubernetes_pod_container_port_name":     ep.Port,
		"__meta_kubernetes_pod_container_port_number":   fmt.Sprint(resources.MetricsPort),
		"__meta_kubernetes_pod_controller_kind":         "ReplicaSet",
		"__meta_kubernetes_pod_phase":                   "Running",
		"__meta_kubernetes_pod_ready":                   "true",
		"__meta_kubernetes_pod_container_port_protocol": "TCP",
	}
	for k, v := range pod.Labels {
		discovered["__meta_kubernetes_pod_label_"+invalidLabelChars.ReplaceAllString(k, "_")] = v
	}
	return ep.relabel(discovered, map[string]string{"namespace": namespace, "pod": podName, "container": container,
		"endpoint": ep.Port, "job": pm.Metadata.Namespace + "/" + pm.Metadata.Name})
}

// managerTarget is the target the ServiceMonitor makes of the manager's pod behind the
// metrics Service of config/default; it fails unless the monitor selects that Service and
// its port.
func managerTarget(sm *monitorObject, addr string) (labels.Labels, error) {
	raw, err := os.ReadFile(filepath.Join(run.rootPath, "config/default/metrics_service.yaml"))
	if err != nil {
		return labels.EmptyLabels(), err
	}
	var svc corev1.Service
	if err := yaml.Unmarshal(raw, &svc); err != nil {
		return labels.EmptyLabels(), err
	}
	sel, err := metav1.LabelSelectorAsSelector(&sm.Spec.Selector)
	if err != nil {
		return labels.EmptyLabels(), err
	}
	if !sel.Matches(k8slabels.Set(svc.Labels)) {
		return labels.EmptyLabels(), fmt.Errorf("ServiceMonitor %s does not select the Service %s", sm.Metadata.Name, svc.Name)
	}
	if sm.Metadata.Namespace != svc.Namespace && !sm.Spec.NamespaceSelector.Any && !slices.Contains(sm.Spec.NamespaceSelector.MatchNames, svc.Namespace) {
		return labels.EmptyLabels(), fmt.Errorf("ServiceMonitor %s does not look in %s", sm.Metadata.Name, svc.Namespace)
	}
	if len(sm.Spec.Endpoints) != 1 {
		return labels.EmptyLabels(), fmt.Errorf("ServiceMonitor %s: one endpoint expected", sm.Metadata.Name)
	}
	ep := sm.Spec.Endpoints[0]
	found := false
	for _, p := range svc.Spec.Ports {
		found = found || p.Name == ep.Port
	}
	if !found {
		return labels.EmptyLabels(), fmt.Errorf("ServiceMonitor %s scrapes port %q, which the Service %s does not have", sm.Metadata.Name, ep.Port, svc.Name)
	}
	podName := "tally-manager-7c9f8d5b6-q4wzp"
	discovered := map[string]string{
		"__address__":                                    addr,
		"__meta_kubernetes_namespace":                    svc.Namespace,
		"__meta_kubernetes_service_name":                 svc.Name,
		"__meta_kubernetes_pod_name":                     podName,
		"__meta_kubernetes_pod_container_name":           "manager",
		"__meta_kubernetes_endpoint_port_name":           ep.Port,
		"__meta_kubernetes_endpoint_ready":               "true",
		"__meta_kubernetes_endpoint_address_target_kind": "Pod",
	}
	for k, v := range svc.Labels {
		discovered["__meta_kubernetes_service_label_"+invalidLabelChars.ReplaceAllString(k, "_")] = v
	}
	return ep.relabel(discovered, map[string]string{"namespace": svc.Namespace, "service": svc.Name, "pod": podName,
		"container": "manager", "endpoint": ep.Port, "job": svc.Name})
}

// applyFile creates the objects of a YAML file, in namespace when it is not empty.
func applyFile(ctx context.Context, kube *testenv.Kube, path, namespace string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, doc := range bytes.Split(raw, []byte("\n---")) {
		var u unstructured.Unstructured
		if err := yaml.Unmarshal(doc, &u.Object); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if len(u.Object) == 0 {
			continue
		}
		if namespace != "" {
			u.SetNamespace(namespace)
		}
		if err := kube.Client.Create(ctx, &u); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

func status(method, url, body string) int {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		return 0
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode
}

// waitFor polls ok until it holds, timeout passes or done (a command's exit) says it ended.
func waitFor(done chan int, timeout time.Duration, ok func() bool) error {
	deadline := time.Now().Add(timeout)
	for !ok() {
		select {
		case code := <-done:
			done <- code
			return fmt.Errorf("the command exited with %d", code)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not within %v", timeout)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

// freeAddr is a loopback address with a port nothing listens on now.
func freeAddr() string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return l.Addr().String()
}
