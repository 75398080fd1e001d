package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// markDeployments does the Deployment controller's and the kubelets' part: every ledger
// Deployment the operator applies is reported rolled out and available.
func markDeployments(ctx context.Context, r client.Reader, c client.Client, marked *atomic.Int64) {
	done := map[string]int64{} // namespace/name: generation marked
	for {
		var list appsv1.DeploymentList
		if err := r.List(ctx, &list); err == nil {
			for i := range list.Items {
				d := &list.Items[i]
				key := d.Namespace + "/" + d.Name
				if done[key] == d.Generation && d.Status.ObservedGeneration == d.Generation {
					continue
				}
				n := int32(1)
				if d.Spec.Replicas != nil {
					n = *d.Spec.Replicas
				}
				d = d.DeepCopy()
				now := metav1.Now()
				d.Status = appsv1.DeploymentStatus{ObservedGeneration: d.Generation, Replicas: n, ReadyReplicas: n, AvailableReplicas: n, UpdatedReplicas: n,
					Conditions: []appsv1.DeploymentCondition{{Type: appsv1.DeploymentAvailable, Status: corev1.ConditionTrue, Reason: "MinimumReplicasAvailable",
						LastUpdateTime: now, LastTransitionTime: now}}}
				// A conflict means the cache is behind: the next round sees the new version.
				if err := c.Status().Update(ctx, d); err == nil {
					if _, seen := done[key]; !seen {
						marked.Add(1)
					}
					done[key] = d.Generation
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// tenant is one brand: a namespace with the admin Secret, a program and its rules, as the
// brand's manifests would have them.
var tenant = template.Must(template.New("tenant").Parse(`apiVersion: v1
kind: Namespace
metadata:
  name: {{.Namespace}}
---
{{- if not .LedgerDatabase}}
apiVersion: v1
kind: Secret
metadata:
  name: postgres
  namespace: {{.Namespace}}
data:
  uri: {{.URI}}
---
{{- end}}
apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata:
  name: rewards
  namespace: {{.Namespace}}
spec:
  displayName: Brand {{.Index}} Rewards
  currency: {{.Currency}}
  pointValue: "{{.PointValue}}"
  timeZone: {{.TimeZone}}
  database:
{{- if .LedgerDatabase}}
    ledgerDatabase: scale
{{- else}}
    secretRef:
      name: postgres
{{- end}}
  ledger:
    replicas: 2
{{- if .Yearly}}
  expiry:
    policy: YearlyClearing
    yearlyClearing:
      month: 12
      day: 31
      afterYears: 1
    schedule: "15 0 * * *"
    noticeDays: 30
{{- else}}
  expiry:
    policy: Rolling
    rolling:
      period: 12mo
    schedule: "30 1 * * *"
  negativeBalance: Allow
  caps:
  - period: Day
    maxPoints: 100000
{{- end}}
{{- range .Rules}}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: {{.Name}}
  namespace: {{$.Namespace}}
spec:
  programRef:
    name: rewards
{{.Spec}}
{{- end}}
`))

// ruleSpecs are the spec bodies (after programRef) of a brand's first ten rules: purchases
// with a tier multiplier, exclusive promotions and an expression, behaviour rules with daily
// and other caps, and a penalty. Further rules are capped custom-event bonuses.
var ruleSpecs = []struct{ name, spec string }{
	{"purchase", `  description: 1 point per unit of currency, times the member's tier multiplier.
  eventType: purchase
  condition: event.amount > 0.0
  points:
    perUnit:
      field: amount
      unit: "1"
      points: "1"
    rounding: Down`},
	{"double-points-weekend", `  description: 1 more point per unit at the weekend; only the highest priority promotion applies.
  eventType: purchase
  condition: event.occurredAt.getDayOfWeek('{{TZ}}') in [0, 6]
  points:
    perUnit:
      unit: "1"
      points: "1"
  stacking: Exclusive
  exclusiveGroup: purchase-promotions
  priority: 100`},
	{"big-basket", `  description: 5 points per 10 on baskets of 500 or more.
  eventType: purchase
  condition: event.amount >= 500.0
  points:
    perUnit:
      unit: "10"
      points: "5"
  stacking: Exclusive
  exclusiveGroup: purchase-promotions
  priority: 50`},
	{"app-orders", `  description: 5% back in points on orders placed in the app, at most 200 a day.
  eventType: purchase
  condition: event.attributes.channel == "app"
  points:
    expression: event.amount * 0.05
    rounding: HalfUp
  applyTierMultiplier: false
  caps:
  - period: Day
    maxPoints: 200`},
	{"sign-in", `  description: 5 points per sign-in, at most 15 points a day.
  eventType: sign_in
  points:
    fixed: 5
  applyTierMultiplier: false
  caps:
  - period: Day
    maxPoints: 15`},
	{"review", `  description: 20 points per review, two a day and 200 a month at most.
  eventType: review
  points:
    fixed: 20
  applyTierMultiplier: false
  caps:
  - period: Day
    maxCount: 2
  - period: Month
    maxPoints: 200`},
	{"share", `  description: 2 points per share, five a day and 50 points a week at most.
  eventType: share
  points:
    fixed: 2
  applyTierMultiplier: false
  caps:
  - period: Day
    maxCount: 5
  - period: Week
    maxPoints: 50`},
	{"profile-completed", `  description: 100 points once for a complete profile.
  eventType: profile_completed
  points:
    fixed: 100
  applyTierMultiplier: false
  caps:
  - period: Lifetime
    maxCount: 1`},
	{"referral", `  description: 200 points per referred friend, five a month at most; tried in shadow mode first.
  eventType: referral
  points:
    fixed: 200
  caps:
  - period: Month
    maxCount: 5
  mode: {{MODE}}`},
	{"refused-delivery", `  description: A 50-point penalty when a member refuses a delivery.
  eventType: custom
  customEventType: delivery_refused
  points:
    fixed: -50
  applyTierMultiplier: false`},
}

type ruleDoc struct{ Name, Spec string }

func tenantYAML(i, rules int, adminURI string, ledgerDatabase bool) []byte {
	zones := []string{"Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"}
	currencies := []string{"CNY", "EUR", "USD", "GBP"}
	values := []string{"0.10", "0.01", "0.005", "1"}
	mode := "Active"
	if i%3 == 0 {
		mode = "Shadow"
	}
	data := struct {
		Namespace, URI, Currency, PointValue, TimeZone string
		Index                                          int
		Yearly, LedgerDatabase                         bool
		Rules                                          []ruleDoc
	}{
		Namespace: fmt.Sprintf("brand-%04d", i), URI: base64.StdEncoding.EncodeToString([]byte(adminURI)),
		Currency: currencies[i%4], PointValue: values[i%4], TimeZone: zones[i%4], Index: i, Yearly: i%2 == 0, LedgerDatabase: ledgerDatabase,
	}
	for j := 0; j < rules; j++ {
		if j < len(ruleSpecs) {
			spec := strings.NewReplacer("{{TZ}}", data.TimeZone, "{{MODE}}", mode).Replace(ruleSpecs[j].spec)
			data.Rules = append(data.Rules, ruleDoc{ruleSpecs[j].name, spec})
			continue
		}
		data.Rules = append(data.Rules, ruleDoc{fmt.Sprintf("bonus-%d", j), fmt.Sprintf(`  description: Bonus campaign %d, once a day.
  eventType: custom
  customEventType: bonus_%d
  points:
    fixed: %d
  applyTierMultiplier: false
  caps:
  - period: Day
    maxCount: 1`, j, j, j%50+1)})
	}
	var b bytes.Buffer
	if err := tenant.Execute(&b, data); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// applyTenants applies every tenant's manifests with server-side apply, as
// `kubectl apply --server-side` would, o.workers tenants at a time, and returns the number of
// objects applied.
func applyTenants(ctx context.Context, c client.Client, o options, adminURI string) (int, error) {
	var (
		wg      sync.WaitGroup
		n       atomic.Int64
		errOnce sync.Once
		first   error
	)
	next := make(chan int)
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	for w := 0; w < o.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				dec := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(tenantYAML(i, o.rules, adminURI, o.ledgerDatabase)), 4096)
				for {
					u := &unstructured.Unstructured{}
					err := dec.Decode(&u.Object)
					if errors.Is(err, io.EOF) {
						break
					}
					if err == nil {
						err = c.Apply(actx, client.ApplyConfigurationFromUnstructured(u), client.FieldOwner("scale"), client.ForceOwnership)
					}
					if err != nil {
						errOnce.Do(func() {
							first = fmt.Errorf("apply %s %s/%s: %w", u.GetKind(), u.GetNamespace(), u.GetName(), err)
							cancel()
						})
						break
					}
					n.Add(1)
				}
			}
		}()
	}
loop:
	for i := 0; i < o.programs; i++ {
		select {
		case next <- i:
		case <-actx.Done():
			break loop
		}
	}
	close(next)
	wg.Wait()
	if first == nil && ctx.Err() != nil {
		first = ctx.Err()
	}
	return int(n.Load()), first
}

// result is what waitReady saw.
type result struct {
	published, programsReady, rulesReady time.Duration // from the first apply
	allReady                             time.Duration
	schemas, roles, databases            int
	// cpu is the CPU time used from the first apply until everything was Ready, over wall;
	// applyCPU until the last object was applied.
	cpu, applyCPU cpuUse
	// apiserver sums up the API server's own request metrics.
	apiserver  []string
	wall       time.Duration
	managerCPU float64 // since the manager started
	// unready lists a few objects that did not get Ready, with their conditions.
	unready []string
}

func current(gen, observed int64, conds []metav1.Condition, kind string) bool {
	c := meta.FindStatusCondition(conds, kind)
	return observed == gen && c != nil && c.Status == metav1.ConditionTrue && c.ObservedGeneration == gen
}

// waitReady waits until every program has published its rules and every program and rule is
// Ready for its current generation, printing progress every 5 seconds.
func waitReady(ctx context.Context, r client.Reader, o options, start time.Time, s *sampler, marked *atomic.Int64) (result, error) {
	var res result
	deadline := start.Add(o.timeout)
	lastPrint := time.Now()
	for {
		var programs v1alpha1.PointsProgramList
		var rules v1alpha1.EarnRuleList
		if err := r.List(ctx, &programs); err != nil {
			return res, err
		}
		if err := r.List(ctx, &rules); err != nil {
			return res, err
		}
		var published, ready, rulesReady int
		res.unready = res.unready[:0]
		for _, p := range programs.Items {
			c := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionRulesetPublished)
			if c != nil && c.Status == metav1.ConditionTrue && c.ObservedGeneration == p.Generation {
				published++
			}
			if current(p.Generation, p.Status.ObservedGeneration, p.Status.Conditions, v1alpha1.ConditionReady) {
				ready++
			} else if len(res.unready) < 5 {
				res.unready = append(res.unready, fmt.Sprintf("PointsProgram %s/%s: %s", p.Namespace, p.Name, conditions(p.Status.Conditions)))
			}
		}
		for _, e := range rules.Items {
			if current(e.Generation, e.Status.ObservedGeneration, e.Status.Conditions, v1alpha1.ConditionReady) {
				rulesReady++
			} else if len(res.unready) < 10 {
				res.unready = append(res.unready, fmt.Sprintf("EarnRule %s/%s: %s", e.Namespace, e.Name, conditions(e.Status.Conditions)))
			}
		}
		now := time.Since(start)
		wantRules := o.programs * o.rules
		if res.published == 0 && published == o.programs {
			res.published = now
		}
		if res.programsReady == 0 && ready == o.programs {
			res.programsReady = now
		}
		if res.rulesReady == 0 && rulesReady == wantRules && len(rules.Items) == wantRules {
			res.rulesReady = now
		}
		done := res.programsReady != 0 && res.rulesReady != 0 && ready == o.programs && rulesReady == wantRules
		if done || time.Since(lastPrint) >= 5*time.Second {
			peak, conns, _, _ := s.peaks()
			_, rss := residentKB(s.pid)
			fmt.Printf("%7.1fs programs: %d seen, %d published, %d Ready; EarnRules: %d seen, %d Ready; Deployments marked %d; manager RSS %s (peak %s); PostgreSQL connections peak %d\n",
				now.Seconds(), len(programs.Items), published, ready, len(rules.Items), rulesReady, marked.Load(),
				mib(rss), mib(peak), conns)
			lastPrint = time.Now()
		}
		if done {
			res.allReady = now
			return res, nil
		}
		if time.Now().After(deadline) {
			return res, fmt.Errorf("not all Ready within %s", o.timeout)
		}
		select {
		case <-ctx.Done():
			return res, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func conditions(conds []metav1.Condition) string {
	var parts []string
	for _, c := range conds {
		parts = append(parts, fmt.Sprintf("%s=%s (%s: %s)", c.Type, c.Status, c.Reason, c.Message))
	}
	if len(parts) == 0 {
		return "no conditions"
	}
	return strings.Join(parts, "; ")
}

// platformDatabase makes what the platform team makes for -ledger-database: the operator's
// namespace, the admin Secret in it, and the LedgerDatabase "scale" that admits every
// namespace.
func platformDatabase(ctx context.Context, c client.Client, adminURI string) error {
	objs := []client.Object{
		&corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: "tally-system"}},
		&corev1.Secret{ObjectMeta: metav1.ObjectMeta{Namespace: "tally-system", Name: "postgres-admin"}, StringData: map[string]string{"uri": adminURI}},
		&v1alpha1.LedgerDatabase{ObjectMeta: metav1.ObjectMeta{Name: "scale"}, Spec: v1alpha1.LedgerDatabaseSpec{
			AdminSecretRef: v1alpha1.SecretKeyReference{Name: "postgres-admin", Key: "uri"}}},
	}
	for _, o := range objs {
		if err := c.Create(ctx, o); err != nil {
			return fmt.Errorf("create %T %s: %w", o, o.GetName(), err)
		}
	}
	return nil
}
