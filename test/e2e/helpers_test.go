//go:build e2e

package e2e

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/testenv"
)

// The two sample brands of config/samples.
const (
	coffeeNS      = "brew-coffee"
	coffeeProgram = "rewards"
	fashionNS     = "atelier-fashion"
	fashionProg   = "atelier-points"
)

var (
	repoRoot   string // the module's root: kubectl -k and go build run there
	kubectlBin string
	kubeconfig string
	adminURI   string // PostgreSQL superuser, the URI of the LedgerDatabase's admin Secret
	tallyBin   string // tally built from this tree, for tally ledger verify
	run        string // unique per run of the suite: prefixes member, event and job names
	shanghai   *time.Location
)

func TestMain(m *testing.M) { os.Exit(testMain(m)) }

func testMain(m *testing.M) int {
	fail := func(format string, args ...any) int {
		fmt.Fprintf(os.Stderr, "e2e: "+format+"\n", args...)
		return 2
	}
	var err error
	if repoRoot, err = filepath.Abs("../.."); err != nil {
		return fail("%v", err)
	}
	env, err := clusterEnv()
	if err != nil {
		return fail("%v; the suite runs on the local cluster: make test-e2e brings it up (or make dev)", err)
	}
	kubeconfig, adminURI = env["KUBECONFIG"], env["TALLY_PG_URI"]
	kubectlBin = filepath.Join(env["K8S_BIN"], "kubectl")
	if kubeconfig == "" || adminURI == "" || env["K8S_BIN"] == "" {
		return fail("the cluster's env file lacks KUBECONFIG, TALLY_PG_URI or K8S_BIN")
	}
	if shanghai, err = time.LoadLocation("Asia/Shanghai"); err != nil {
		return fail("%v", err)
	}
	dir, err := os.MkdirTemp("", "tally-e2e-")
	if err != nil {
		return fail("%v", err)
	}
	defer func() { _ = os.RemoveAll(dir) }()
	tallyBin = filepath.Join(dir, "tally")
	build := exec.Command("go", "build", "-o", tallyBin, ".")
	build.Dir, build.Stdout, build.Stderr = repoRoot, os.Stderr, os.Stderr
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if err := build.Run(); err != nil {
		return fail("go build: %v", err)
	}
	run = fmt.Sprintf("e2e%x", time.Now().Unix()%(1<<24))
	return m.Run()
}

// clusterEnv reads the settings hack/cluster/up.sh wrote for the running local cluster.
func clusterEnv() (map[string]string, error) {
	dir := os.Getenv("TALLY_CLUSTER_DIR")
	if dir == "" {
		cache := os.Getenv("TALLY_CACHE")
		if cache == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return nil, err
			}
			cache = filepath.Join(home, ".cache", "tally")
		}
		dir = filepath.Join(cache, "cluster")
	}
	f, err := os.Open(filepath.Join(dir, "env"))
	if err != nil {
		return nil, fmt.Errorf("no local cluster running: %w", err)
	}
	defer func() { _ = f.Close() }()
	env := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			env[k] = v
		}
	}
	return env, sc.Err()
}

// kubectl runs kubectl against the local cluster and returns its output; the test fails on
// an error.
func kubectl(t testing.TB, args ...string) string {
	t.Helper()
	out, err := kubectlIn(nil, args...)
	if err != nil {
		t.Fatalf("kubectl %s: %v", strings.Join(args, " "), err)
	}
	return out
}

// kubectlIn runs kubectl with stdin; the error carries kubectl's stderr.
func kubectlIn(stdin []byte, args ...string) (string, error) {
	cmd := exec.Command(kubectlBin, append([]string{"--kubeconfig", kubeconfig}, args...)...)
	cmd.Dir = repoRoot
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}

// getJSON decodes kubectl get -o json of one object into out.
func getJSON(t testing.TB, out any, args ...string) {
	t.Helper()
	if err := json.Unmarshal([]byte(kubectl(t, append(args, "-o", "json")...)), out); err != nil {
		t.Fatalf("kubectl get %v: %v", args, err)
	}
}

// eventually retries check every half second until it returns nil or timeout passes, and
// fails the test with its last error then.
func eventually(t testing.TB, timeout time.Duration, what string, check func() error) {
	t.Helper()
	testenv.Eventually(t, timeout, 500*time.Millisecond, what, check)
}

// The brands are applied once per run, by the first test that needs them.
var brands struct {
	sync.Mutex
	ready bool
}

// applyBrands applies config/samples as a user would and waits until every object of both
// brands is Ready and each ledger Deployment has all its replicas available.
func applyBrands(t testing.TB) {
	t.Helper()
	brands.Lock()
	defer brands.Unlock()
	if brands.ready {
		return
	}
	kubectl(t, "apply", "-k", "config/samples")
	for _, ns := range []string{coffeeNS, fashionNS} {
		kubectl(t, "-n", ns, "wait", "--for=condition=Ready", "pointsprograms,earnrules,tierpolicies,redemptioncatalogs", "--all", "--timeout=5m")
	}
	for _, p := range [][2]string{{coffeeNS, coffeeProgram}, {fashionNS, fashionProg}} {
		kubectl(t, "-n", p[0], "rollout", "status", "deployment/"+p[1]+"-ledger", "--timeout=3m")
	}
	brands.ready = true
}

// condition is a metav1.Condition as kubectl prints it.
type condition struct {
	Type, Status, Reason, Message string
	ObservedGeneration            int64
}

// object is the part of a Tally object the tests read.
type object struct {
	Metadata struct {
		Name       string
		Generation int64
	}
	Status struct {
		ObservedGeneration  int64
		Conditions          []condition
		RulesetVersion      string
		Endpoint            string
		Schema              string
		Database            string
		DatabaseSecretName  string
		TokenSecretName     string
		AnalyticsSecretName string
		Export              []struct {
			Name      string
			Delivered int64
			Failing   bool
		}
	}
}

// ready tells whether status describes the current generation and says Ready.
func (o object) ready() error {
	if o.Status.ObservedGeneration != o.Metadata.Generation {
		return fmt.Errorf("%s: status is of generation %d, the object is at %d", o.Metadata.Name, o.Status.ObservedGeneration, o.Metadata.Generation)
	}
	for _, c := range o.Status.Conditions {
		if c.Type == "Ready" {
			if c.Status != "True" {
				return fmt.Errorf("%s: Ready %s: %s: %s", o.Metadata.Name, c.Status, c.Reason, c.Message)
			}
			return nil
		}
	}
	return fmt.Errorf("%s: no Ready condition", o.Metadata.Name)
}

func getObject(t testing.TB, ns, kind, name string) object {
	t.Helper()
	var o object
	getJSON(t, &o, "-n", ns, "get", kind, name)
	return o
}

// secretData returns a Secret's data, decoded.
func secretData(t testing.TB, ns, name string) map[string]string {
	t.Helper()
	var s struct{ Data map[string]string }
	getJSON(t, &s, "-n", ns, "get", "secret", name)
	out := map[string]string{}
	for k, v := range s.Data {
		b, err := base64.StdEncoding.DecodeString(v)
		if err != nil {
			t.Fatalf("secret %s/%s key %s: %v", ns, name, k, err)
		}
		out[k] = string(b)
	}
	return out
}

// ledgerPod is a running ledger pod of a program.
type ledgerPod struct {
	Name     string
	IP       string
	Restarts int32
	Ready    bool
	Deleting bool
}

func ledgerPods(t testing.TB, ns, program string) []ledgerPod {
	t.Helper()
	var list struct {
		Items []struct {
			Metadata struct {
				Name              string
				DeletionTimestamp *time.Time
			}
			Status struct {
				PodIP             string
				Phase             string
				ContainerStatuses []struct {
					Ready        bool
					RestartCount int32
				}
			}
		}
	}
	getJSON(t, &list, "-n", ns, "get", "pods", "-l", "app.kubernetes.io/component=ledger,loyalty.tally.dev/program="+program)
	var pods []ledgerPod
	for _, p := range list.Items {
		lp := ledgerPod{Name: p.Metadata.Name, IP: p.Status.PodIP, Deleting: p.Metadata.DeletionTimestamp != nil}
		for _, c := range p.Status.ContainerStatuses {
			lp.Restarts += c.RestartCount
			lp.Ready = c.Ready
		}
		pods = append(pods, lp)
	}
	return pods
}

// waitPodsServe waits until every ledger pod of the program is ready and applies the rule
// set version, as each pod reports in its metrics.
func waitPodsServe(t testing.TB, ns, program, version string, replicas int) {
	t.Helper()
	want := fmt.Sprintf("tally_ledger_ruleset_info{version=%q} 1", version)
	eventually(t, 90*time.Second, fmt.Sprintf("%s/%s ledger pods serving rule set %s", ns, program, version), func() error {
		pods := ledgerPods(t, ns, program)
		if len(pods) != replicas {
			return fmt.Errorf("%d pods, want %d", len(pods), replicas)
		}
		for _, p := range pods {
			if !p.Ready || p.Deleting || p.IP == "" {
				return fmt.Errorf("pod %s not ready", p.Name)
			}
			resp, err := http.Get("http://" + p.IP + ":8080/metrics")
			if err != nil {
				return err
			}
			body, _ := io.ReadAll(resp.Body)
			_ = resp.Body.Close()
			if !strings.Contains(string(body), want) {
				return fmt.Errorf("pod %s does not apply %s yet", p.Name, version)
			}
		}
		return nil
	})
}

// api is one program's ledger API, reached through its Service's cluster IP from this
// machine, with the program's token.
type api struct {
	name   string
	url    string
	token  string
	client *http.Client
}

func ledgerAPI(t testing.TB, ns, program string) *api {
	t.Helper()
	p := getObject(t, ns, "pointsprogram", program)
	if p.Status.TokenSecretName == "" {
		t.Fatalf("program %s/%s names no token Secret in its status", ns, program)
	}
	ip := kubectl(t, "-n", ns, "get", "service", program+"-ledger", "-o", "jsonpath={.spec.clusterIP}")
	return &api{
		name:   ns + "/" + program,
		url:    "http://" + ip + ":8080",
		token:  secretData(t, ns, p.Status.TokenSecretName)["token"],
		client: &http.Client{Timeout: 15 * time.Second},
	}
}

// problem is an RFC 9457 error answer.
type problem struct {
	Status int
	Code   string
	Field  string
	Detail string
}

// call sends one request with token; err is only for a request that got no answer.
func (a *api) call(method, path, token string, body any) (int, []byte, error) {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, nil, err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, a.url+path, r)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := a.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// do sends a request that must succeed (2xx) and decodes the answer into out.
func (a *api) do(t testing.TB, method, path string, body, out any) {
	t.Helper()
	status, b, err := a.call(method, path, a.token, body)
	if err != nil {
		t.Fatalf("%s %s%s: %v", method, a.name, path, err)
	}
	if status/100 != 2 {
		t.Fatalf("%s %s%s: %d %s", method, a.name, path, status, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s%s: %v in %s", method, a.name, path, err, b)
		}
	}
}

// refused sends a request that must fail with status and problem code.
func (a *api) refused(t testing.TB, method, path string, body any, status int, code string) problem {
	t.Helper()
	got, b, err := a.call(method, path, a.token, body)
	if err != nil {
		t.Fatalf("%s %s%s: %v", method, a.name, path, err)
	}
	var p problem
	_ = json.Unmarshal(b, &p)
	if got != status || (code != "" && p.Code != code) {
		t.Fatalf("%s %s%s: %d %s; want %d %s", method, a.name, path, got, b, status, code)
	}
	return p
}

type event struct {
	ID         string            `json:"id"`
	Member     string            `json:"member"`
	Type       string            `json:"type"`
	Amount     string            `json:"amount,omitempty"`
	OccurredAt string            `json:"occurredAt,omitempty"`
	Attributes map[string]string `json:"attributes,omitempty"`
}

type award struct {
	Rule           string
	Points         int64
	ExpiresAt      time.Time
	RulesetVersion string
}

type eventResult struct {
	ID             string
	Member         string
	Points         int64
	Balance        int64
	Shortfall      int64
	RulesetVersion string
	Awards         []award
	Tier           string
	TierChanged    bool
	Replayed       bool
	Error          *problem
}

// award returns the points the named rule awarded, 0 when it did not fire.
func (r eventResult) award(rule string) int64 {
	for _, a := range r.Awards {
		if a.Rule == rule {
			return a.Points
		}
	}
	return 0
}

func (a *api) post(t testing.TB, e event) eventResult {
	t.Helper()
	var r eventResult
	a.do(t, "POST", "/v1/events", e, &r)
	return r
}

type memberView struct {
	ID           string
	Balance      int64
	Held         int64
	Tier         string
	ExpiringSoon struct{ Points, Days int64 }
}

func (a *api) member(t testing.TB, id string) memberView {
	t.Helper()
	var m memberView
	a.do(t, "GET", "/v1/members/"+id, nil, &m)
	return m
}

type statementLine struct {
	PostingID int64
	Kind      string
	Points    int64
	Reason    string
	EventID   string
	Ref       string
}

// statement returns every line of a member's statement, newest first.
func (a *api) statement(t testing.TB, id string) []statementLine {
	t.Helper()
	var lines []statementLine
	before := ""
	for {
		var page struct {
			Next  string
			Lines []statementLine
		}
		path := "/v1/members/" + id + "/statement?limit=1000"
		if before != "" {
			path += "&before=" + before
		}
		a.do(t, "GET", path, nil, &page)
		lines = append(lines, page.Lines...)
		if page.Next == "" || len(page.Lines) == 0 {
			return lines
		}
		before = page.Next
	}
}

type notice struct {
	Cursor string
	Kind   string
	Member string
	Data   json.RawMessage
}

// notices returns the whole notices history of the program.
func (a *api) notices(t testing.TB) []notice {
	t.Helper()
	var all []notice
	after := "0"
	for {
		var page struct {
			Notices []notice
			Next    string
			More    bool
		}
		a.do(t, "GET", "/v1/notices?limit=1000&after="+after, nil, &page)
		all = append(all, page.Notices...)
		if !page.More {
			return all
		}
		after = page.Next
	}
}

// verifyLedger runs tally ledger verify on a program's ledger as its login role, with the
// credentials of its Secret: the role's grants are enough to check every invariant.
func verifyLedger(t testing.TB, ns, program string, allowNegative bool) {
	t.Helper()
	creds := secretData(t, ns, program+"-ledger-db")
	schema := creds["schema"]
	args := []string{"ledger", "verify", "--database-url", creds["uri"], "--schema", schema}
	if allowNegative {
		args = append(args, "--allow-negative")
	}
	out, err := exec.Command(tallyBin, args...).CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("tally %s: %v", strings.Join(args, " "), err)
	}
	if err != nil || !strings.Contains(string(out), "all invariants hold") {
		t.Fatalf("tally ledger verify --schema %s: %v\n%s", schema, err, out)
	}
	t.Logf("%s", strings.TrimSpace(string(out)))
}

// lastDay returns noon in Shanghai of the latest day before today (in Shanghai) that falls on
// weekday: a time in the past whose weekday the sample rules look at.
func lastDay(weekday time.Weekday) time.Time {
	now := time.Now().In(shanghai)
	d := time.Date(now.Year(), now.Month(), now.Day(), 12, 0, 0, 0, shanghai).AddDate(0, 0, -1)
	for d.Weekday() != weekday {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// id makes a member, event or object name unique to this run.
func id(parts ...any) string {
	s := run
	for _, p := range parts {
		s += fmt.Sprintf("-%v", p)
	}
	return s
}
