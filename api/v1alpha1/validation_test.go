package v1alpha1_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	jsonpatch "github.com/evanphx/json-patch/v5"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/yaml"
)

const validationNamespace = "validation"

// Valid objects of each kind; every invalid case below is one of them with a small change.
var validObjects = map[string]string{
	"PointsProgram": `
apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata: {name: program}
spec:
  currency: CNY
  pointValue: "0.01"
  timeZone: Asia/Shanghai
  database: {ledgerDatabase: shared}
  expiry: {policy: Rolling, rolling: {period: 12mo}}
`,
	"LedgerDatabase": `
apiVersion: loyalty.tally.dev/v1alpha1
kind: LedgerDatabase
metadata: {name: validation-shared}
spec:
  adminSecretRef: {name: postgres-admin}
  allowedNamespaces: {selector: {matchLabels: {loyalty.tally.dev/ledger-database: shared}}}
`,
	"EarnRule": `
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata: {name: rule}
spec:
  programRef: {name: program}
  eventType: purchase
  points: {fixed: 10}
`,
	"TierPolicy": `
apiVersion: loyalty.tally.dev/v1alpha1
kind: TierPolicy
metadata: {name: tiers}
spec:
  programRef: {name: program}
  tiers:
  - {name: Silver, threshold: 1000, earnMultiplier: "1.25"}
  - {name: Gold, threshold: 5000, earnMultiplier: "1.5"}
`,
	"RedemptionCatalog": `
apiVersion: loyalty.tally.dev/v1alpha1
kind: RedemptionCatalog
metadata: {name: catalog}
spec:
  programRef: {name: program}
  items:
  - {sku: mug, name: Mug, pointsCost: 800, stock: 100, perMemberLimit: 1}
  pointsAsPayment: {pointsPerCurrencyUnit: "100", maxOrderPercent: 30}
`,
}

// object returns the valid object of kind with a JSON merge patch (RFC 7386) applied: a
// null deletes a field, and a list is replaced as a whole.
func object(t *testing.T, kind, patch string) *unstructured.Unstructured {
	t.Helper()
	base, err := yaml.YAMLToJSON([]byte(validObjects[kind]))
	if err != nil {
		t.Fatalf("valid %s: %v", kind, err)
	}
	if patch != "" {
		if base, err = jsonpatch.MergePatch(base, []byte(patch)); err != nil {
			t.Fatalf("patch %s: %v", kind, err)
		}
	}
	u := &unstructured.Unstructured{}
	if err := json.Unmarshal(base, &u.Object); err != nil {
		t.Fatal(err)
	}
	u.SetNamespace(validationNamespace)
	return u
}

func ensureNamespace(t *testing.T, name string) {
	t.Helper()
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: name}}
	if err := kube.Client.Create(context.Background(), ns); err != nil && !apierrors.IsAlreadyExists(err) {
		t.Fatalf("create namespace %s: %v", name, err)
	}
}

func TestValidObjectsAreAccepted(t *testing.T) {
	ensureNamespace(t, validationNamespace)
	for kind := range validObjects {
		if err := kube.Client.Create(context.Background(), object(t, kind, ""), client.DryRunAll); err != nil {
			t.Errorf("valid %s is rejected: %v", kind, err)
		}
	}
}

func TestInvalidManifestsAreRejected(t *testing.T) {
	ensureNamespace(t, validationNamespace)
	longCondition := `"` + strings.Repeat("true && ", 600) + `true"`
	var manyItems []string
	for i := 0; i < 201; i++ {
		manyItems = append(manyItems, `{"sku":"item-`+strings.Repeat("x", i%5)+string(rune('a'+i%26))+`-`+strconv.Itoa(i)+`","name":"Item","pointsCost":10}`)
	}
	cases := []struct {
		name  string
		kind  string
		patch string
		want  []string // fragments of the API server's message, the field path first
	}{
		// PointsProgram
		{"currency missing", "PointsProgram", `{"spec":{"currency":null}}`, []string{"spec.currency", "Required value"}},
		{"currency lower case", "PointsProgram", `{"spec":{"currency":"cny"}}`, []string{"spec.currency", "ISO 4217"}},
		{"point value with a comma", "PointsProgram", `{"spec":{"pointValue":"0,01"}}`, []string{"spec.pointValue", `decimal written as a string, such as "1" or "0.01"`}},
		{"negative point value", "PointsProgram", `{"spec":{"pointValue":"-1"}}`, []string{"spec.pointValue", "non-negative decimal"}},
		{"time zone not IANA", "PointsProgram", `{"spec":{"timeZone":"Shanghai time"}}`, []string{"spec.timeZone", "IANA time zone name"}},
		{"expiry schedule not cron", "PointsProgram", `{"spec":{"expiry":{"schedule":"every night"}}}`, []string{"spec.expiry.schedule", "five-field cron schedule"}},
		{"time zone inside the schedule", "PointsProgram", `{"spec":{"expiry":{"schedule":"TZ=UTC 0 3 * * *"}}}`, []string{"spec.expiry.schedule", "set the time zone on the program"}},
		{"rolling policy without period", "PointsProgram", `{"spec":{"expiry":{"rolling":null}}}`, []string{"spec.expiry", "policy Rolling needs rolling.period"}},
		{"rolling period in words", "PointsProgram", `{"spec":{"expiry":{"rolling":{"period":"12 months"}}}}`, []string{"spec.expiry.rolling.period", `such as "12mo"`}},
		{"rolling settings with yearly clearing", "PointsProgram", `{"spec":{"expiry":{"policy":"YearlyClearing"}}}`, []string{"spec.expiry", "rolling is only used with policy: Rolling"}},
		{"clearing on 30 February", "PointsProgram", `{"spec":{"expiry":{"policy":"YearlyClearing","rolling":null,"yearlyClearing":{"month":2,"day":30}}}}`, []string{"spec.expiry.yearlyClearing", "day does not exist in that month"}},
		{"unknown deletion policy", "PointsProgram", `{"spec":{"deletionPolicy":"Destroy"}}`, []string{"spec.deletionPolicy", `supported values: "Retain", "Delete"`}},
		{"negative ledger replicas", "PointsProgram", `{"spec":{"ledger":{"replicas":-1}}}`, []string{"spec.ledger.replicas", "greater than or equal to 0"}},
		{"no database", "PointsProgram", `{"spec":{"database":{"ledgerDatabase":null}}}`, []string{"spec.database", "set exactly one of ledgerDatabase", "or secretRef"}},
		{"two databases", "PointsProgram", `{"spec":{"database":{"secretRef":{"name":"postgres"}}}}`, []string{"spec.database", "set exactly one of ledgerDatabase", "or secretRef"}},
		{"export sink URL not http", "PointsProgram", `{"spec":{"export":{"sinks":[{"name":"crm","url":"ftp://crm.example.com","signingKey":{"name":"k"}}]}}}`, []string{"spec.export.sinks[0].url", "must be an http:// or https:// URL"}},
		{"export sink name with capitals", "PointsProgram", `{"spec":{"export":{"sinks":[{"name":"CRM","url":"https://crm.example.com","signingKey":{"name":"k"}}]}}}`, []string{"spec.export.sinks[0].name", "lower-case letters, digits and '-'"}},
		{"export sink without a signing key", "PointsProgram", `{"spec":{"export":{"sinks":[{"name":"crm","url":"https://crm.example.com"}]}}}`, []string{"spec.export.sinks[0].signingKey", "Required value"}},
		{"export kind unknown", "PointsProgram", `{"spec":{"export":{"sinks":[{"name":"crm","url":"https://crm.example.com","signingKey":{"name":"k"},"kinds":["PointsSpent"]}]}}}`, []string{"spec.export.sinks[0].kinds[0]", "supported values"}},
		{"simulation without personal data", "PointsProgram", `{"spec":{"export":{"analytics":{"enabled":true,"simulation":true}}}}`, []string{"spec.export.analytics", "simulation needs enabled and personalData"}},
		{"export batch too big", "PointsProgram", `{"spec":{"export":{"sinks":[{"name":"crm","url":"https://crm.example.com","signingKey":{"name":"k"},"batchSize":5000}]}}}`, []string{"spec.export.sinks[0].batchSize", "less than or equal to 1000"}},
		{"ledger database not a name", "PointsProgram", `{"spec":{"database":{"ledgerDatabase":"Shared DB"}}}`, []string{"spec.database.ledgerDatabase", "must be the name of a LedgerDatabase"}},
		{"allowed client without a selector", "PointsProgram", `{"spec":{"ledger":{"allowedClients":[{}]}}}`, []string{"spec.ledger.allowedClients[0]", "set namespaceSelector, podSelector or both"}},
		{"schema not an identifier", "PointsProgram", `{"spec":{"database":{"schema":"Brew-Coffee"}}}`, []string{"spec.database.schema", "PostgreSQL identifier"}},
		{"two daily caps", "PointsProgram", `{"spec":{"caps":[{"period":"Day","maxPoints":100},{"period":"Day","maxCount":3}]}}`, []string{"spec.caps[1]", "Duplicate value"}},
		{"cap without a limit", "PointsProgram", `{"spec":{"caps":[{"period":"Week"}]}}`, []string{"spec.caps[0]", "a cap needs maxPoints, maxCount or both"}},
		{"hold ttl not a duration", "PointsProgram", `{"spec":{"holds":{"ttl":"a while"}}}`, []string{"spec.holds.ttl", "duration between 1m and 24h"}},
		{"hold ttl too long", "PointsProgram", `{"spec":{"holds":{"ttl":"72h"}}}`, []string{"spec.holds.ttl", "duration between 1m and 24h"}},
		{"lateness in days", "PointsProgram", `{"spec":{"lateEvents":{"maxAge":"30d"}}}`, []string{"spec.lateEvents.maxAge", `such as "720h" for 30 days`}},
		{"lateness beyond a year", "PointsProgram", `{"spec":{"lateEvents":{"maxAge":"9000h"}}}`, []string{"spec.lateEvents.maxAge", "between 1m and 8784h"}},

		// LedgerDatabase
		{"admin secret missing", "LedgerDatabase", `{"spec":{"adminSecretRef":null}}`, []string{"spec.adminSecretRef", "Required value"}},
		{"allowed namespaces missing", "LedgerDatabase", `{"spec":{"allowedNamespaces":null}}`, []string{"spec.allowedNamespaces", "Required value"}},
		{"admin secret key not a key", "LedgerDatabase", `{"spec":{"adminSecretRef":{"name":"pg","key":"a/b"}}}`, []string{"spec.adminSecretRef.key", "must be a Secret key"}},

		// EarnRule
		{"no points", "EarnRule", `{"spec":{"points":{"fixed":null}}}`, []string{"spec.points", "set exactly one of fixed, perUnit or expression"}},
		{"neither points nor badge", "EarnRule", `{"spec":{"points":null}}`, []string{"spec", "a rule awards points, a badge or both"}},
		{"badge without a name", "EarnRule", `{"spec":{"badge":{"description":"x"}}}`, []string{"spec.badge.name", "Required value"}},
		{"badge per week", "EarnRule", `{"spec":{"badge":{"name":"Regular","per":"Week"}}}`, []string{"spec.badge.per", `supported values: "Member", "Year", "Month"`}},
		{"fixed and per-unit points", "EarnRule", `{"spec":{"points":{"perUnit":{"points":"1"}}}}`, []string{"spec.points", "set exactly one of fixed, perUnit or expression"}},
		{"zero points", "EarnRule", `{"spec":{"points":{"fixed":0}}}`, []string{"spec.points", "fixed must not be 0"}},
		{"exclusive without a group", "EarnRule", `{"spec":{"stacking":"Exclusive"}}`, []string{"spec", "stacking Exclusive needs exclusiveGroup"}},
		{"group on a stackable rule", "EarnRule", `{"spec":{"exclusiveGroup":"promotions"}}`, []string{"spec", "exclusiveGroup is only used with stacking: Exclusive"}},
		{"window ends before it starts", "EarnRule", `{"spec":{"effectiveFrom":"2026-12-01T00:00:00Z","effectiveUntil":"2026-11-01T00:00:00Z"}}`, []string{"spec", "effectiveUntil must be after effectiveFrom"}},
		{"unknown mode", "EarnRule", `{"spec":{"mode":"Paused"}}`, []string{"spec.mode", `supported values: "Active", "Shadow", "Disabled"`}},
		{"unknown event type", "EarnRule", `{"spec":{"eventType":"purchased"}}`, []string{"spec.eventType", `supported values: "purchase"`}},
		{"custom event without its type", "EarnRule", `{"spec":{"eventType":"custom"}}`, []string{"spec", "eventType custom needs customEventType"}},
		{"per-unit points with a comma", "EarnRule", `{"spec":{"points":{"fixed":null,"perUnit":{"points":"1,5"}}}}`, []string{"spec.points.perUnit.points", "decimal greater than zero"}},
		{"per-unit field not on the event", "EarnRule", `{"spec":{"points":{"fixed":null,"perUnit":{"field":"total","points":"1"}}}}`, []string{"spec.points.perUnit.field", `"amount" or "attributes.<name>"`}},
		{"unknown rounding", "EarnRule", `{"spec":{"points":{"rounding":"Nearest"}}}`, []string{"spec.points.rounding", `supported values: "Down", "Up", "HalfUp", "HalfEven"`}},
		{"condition too long", "EarnRule", `{"spec":{"condition":` + longCondition + `}}`, []string{"spec.condition", "Too long", "4096"}},
		{"program name empty", "EarnRule", `{"spec":{"programRef":{"name":""}}}`, []string{"spec.programRef.name"}},
		{"priority too high", "EarnRule", `{"spec":{"priority":5000}}`, []string{"spec.priority", "less than or equal to 1000"}},
		{"growth value two ways", "EarnRule", `{"spec":{"growthValue":{"fixed":5,"expression":"1"}}}`, []string{"spec.growthValue", "set exactly one of fixed, perUnit or expression"}},
		{"growth value per unit with a comma", "EarnRule", `{"spec":{"growthValue":{"perUnit":{"points":"1,5"}}}}`, []string{"spec.growthValue.perUnit.points", "decimal greater than zero"}},
		{"rule expiry without period", "EarnRule", `{"spec":{"expiry":{"policy":"Rolling"}}}`, []string{"spec.expiry", "policy Rolling needs rolling.period"}},

		// TierPolicy
		{"thresholds descending", "TierPolicy", `{"spec":{"tiers":[{"name":"Gold","threshold":5000},{"name":"Silver","threshold":1000}]}}`, []string{"spec.tiers", "tier thresholds must be strictly ascending"}},
		{"equal thresholds", "TierPolicy", `{"spec":{"tiers":[{"name":"Silver","threshold":1000},{"name":"Gold","threshold":1000}]}}`, []string{"spec.tiers", "tier thresholds must be strictly ascending"}},
		{"tier names repeated", "TierPolicy", `{"spec":{"tiers":[{"name":"Gold","threshold":1000},{"name":"Gold","threshold":5000}]}}`, []string{"spec.tiers[1]", "Duplicate value"}},
		{"multiplier not a number", "TierPolicy", `{"spec":{"tiers":[{"name":"Silver","threshold":1000,"earnMultiplier":"x1.5"}]}}`, []string{"spec.tiers[0].earnMultiplier", "decimal greater than zero"}},
		{"multiplier zero", "TierPolicy", `{"spec":{"tiers":[{"name":"Silver","threshold":1000,"earnMultiplier":"0.0"}]}}`, []string{"spec.tiers[0].earnMultiplier", "decimal greater than zero"}},
		{"no tiers", "TierPolicy", `{"spec":{"tiers":[]}}`, []string{"spec.tiers", "at least 1 item"}},
		{"months on a calendar window", "TierPolicy", `{"spec":{"window":{"type":"CalendarYear","months":6}}}`, []string{"spec.window", "months is only used with type: Rolling"}},
		{"review schedule not cron", "TierPolicy", `{"spec":{"review":{"schedule":"monthly"}}}`, []string{"spec.review.schedule", "five-field cron schedule"}},
		{"spend event type not a type", "TierPolicy", `{"spec":{"metric":"Spend","spendEventTypes":["Purchase!"]}}`, []string{"spec.spendEventTypes[0]", "should match"}},
		{"no spend event types", "TierPolicy", `{"spec":{"metric":"Spend","spendEventTypes":[]}}`, []string{"spec.spendEventTypes", "at least 1 item"}},
		{"unknown reversal mode", "TierPolicy", `{"spec":{"review":{"onReversal":"Never"}}}`, []string{"spec.review.onReversal", `supported values: "Reevaluate", "AtReview"`}},
		{"tier name with spaces", "TierPolicy", `{"spec":{"tiers":[{"name":"Gold Plus","threshold":1000}]}}`, []string{"spec.tiers[0].name", "must start with a letter"}},

		// RedemptionCatalog
		{"free item", "RedemptionCatalog", `{"spec":{"items":[{"sku":"mug","name":"Mug","pointsCost":0}]}}`, []string{"spec.items[0].pointsCost", "greater than or equal to 1"}},
		{"sku repeated", "RedemptionCatalog", `{"spec":{"items":[{"sku":"mug","name":"Mug","pointsCost":1},{"sku":"mug","name":"Mug","pointsCost":2}]}}`, []string{"spec.items[1]", "Duplicate value"}},
		{"availability ends before it starts", "RedemptionCatalog", `{"spec":{"items":[{"sku":"mug","name":"Mug","pointsCost":1,"availableFrom":"2026-12-01T00:00:00Z","availableUntil":"2026-01-01T00:00:00Z"}]}}`, []string{"spec.items[0]", "availableUntil must be after availableFrom"}},
		{"points pay more than the order", "RedemptionCatalog", `{"spec":{"pointsAsPayment":{"maxOrderPercent":150}}}`, []string{"spec.pointsAsPayment.maxOrderPercent", "less than or equal to 100"}},
		{"payment rate missing", "RedemptionCatalog", `{"spec":{"pointsAsPayment":{"pointsPerCurrencyUnit":null}}}`, []string{"spec.pointsAsPayment.pointsPerCurrencyUnit", "Required value"}},
		{"sku with spaces", "RedemptionCatalog", `{"spec":{"items":[{"sku":"coffee mug","name":"Mug","pointsCost":1}]}}`, []string{"spec.items[0].sku", "must start with a letter or digit"}},
		{"cash part not a decimal", "RedemptionCatalog", `{"spec":{"items":[{"sku":"mug","name":"Mug","pointsCost":1,"cashPart":"9.9.9"}]}}`, []string{"spec.items[0].cashPart", "non-negative decimal"}},
		{"negative stock", "RedemptionCatalog", `{"spec":{"items":[{"sku":"mug","name":"Mug","pointsCost":1,"stock":-1}]}}`, []string{"spec.items[0].stock", "greater than or equal to 0"}},
		{"too many items", "RedemptionCatalog", `{"spec":{"items":[` + strings.Join(manyItems, ",") + `]}}`, []string{"spec.items", "must have at most 200 items"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			obj := object(t, tc.kind, tc.patch)
			err := kube.Client.Create(ctx, obj)
			if err == nil {
				t.Fatalf("%s was accepted; want an error mentioning %q", tc.kind, tc.want)
			}
			if !apierrors.IsInvalid(err) {
				t.Fatalf("got %v; want 422 Invalid", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q:\n%v", w, err)
				}
			}
			// A rejected object changes nothing.
			got := &unstructured.Unstructured{}
			got.SetGroupVersionKind(obj.GroupVersionKind())
			if err := kube.Client.Get(ctx, client.ObjectKeyFromObject(obj), got); !apierrors.IsNotFound(err) {
				t.Errorf("the rejected %s exists: %v", tc.kind, err)
			}
		})
	}
	if len(cases) < 25 {
		t.Errorf("only %d invalid manifests; keep at least 25", len(cases))
	}
}

// TestImmutableFields checks the transition rules: what must not change after creation.
func TestImmutableFields(t *testing.T) {
	ensureNamespace(t, validationNamespace)
	ctx := context.Background()
	cases := []struct {
		name, kind, create, update string
		want                       []string
	}{
		{"earn rule program", "EarnRule", `{"metadata":{"name":"moving-rule"}}`, `{"spec":{"programRef":{"name":"other"}}}`, []string{"spec.programRef", "programRef is immutable"}},
		{"tier policy program", "TierPolicy", `{"metadata":{"name":"moving-tiers"}}`, `{"spec":{"programRef":{"name":"other"}}}`, []string{"spec.programRef", "programRef is immutable"}},
		{"catalog program", "RedemptionCatalog", `{"metadata":{"name":"moving-catalog"}}`, `{"spec":{"programRef":{"name":"other"}}}`, []string{"spec.programRef", "programRef is immutable"}},
		{"schema changed", "PointsProgram", `{"metadata":{"name":"moving-schema"},"spec":{"database":{"schema":"brew"}}}`, `{"spec":{"database":{"schema":"brew2"}}}`, []string{"spec.database", "schema cannot be added, changed or removed"}},
		{"schema added", "PointsProgram", `{"metadata":{"name":"adding-schema"}}`, `{"spec":{"database":{"schema":"brew"}}}`, []string{"spec.database", "schema cannot be added, changed or removed"}},
		{"ledger database changed", "PointsProgram", `{"metadata":{"name":"moving-database"}}`, `{"spec":{"database":{"ledgerDatabase":"other"}}}`, []string{"spec.database", "ledgerDatabase cannot be changed or removed"}},
		{"ledger database swapped for a secret", "PointsProgram", `{"metadata":{"name":"leaving-database"}}`, `{"spec":{"database":{"ledgerDatabase":null,"secretRef":{"name":"postgres"}}}}`, []string{"spec.database", "ledgerDatabase cannot be changed or removed"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			obj := object(t, tc.kind, tc.create)
			if err := kube.Client.Create(ctx, obj); err != nil {
				t.Fatalf("create: %v", err)
			}
			t.Cleanup(func() { _ = kube.Client.Delete(ctx, obj) })
			err := kube.Client.Patch(ctx, obj.DeepCopy(), client.RawPatch("application/merge-patch+json", []byte(tc.update)))
			if err == nil {
				t.Fatalf("update accepted; want an error mentioning %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q:\n%v", w, err)
				}
			}
		})
	}
	// A program on a Secret of its own may move to a LedgerDatabase (docs/operator.md).
	legacy := object(t, "PointsProgram", `{"metadata":{"name":"moving-to-ledger-database"},"spec":{"database":{"ledgerDatabase":null,"secretRef":{"name":"postgres"}}}}`)
	if err := kube.Client.Create(ctx, legacy); err != nil {
		t.Fatal(err)
	}
	if err := kube.Client.Patch(ctx, legacy, client.RawPatch("application/merge-patch+json", []byte(`{"spec":{"database":{"secretRef":null,"ledgerDatabase":"shared"}}}`))); err != nil {
		t.Errorf("moving from secretRef to ledgerDatabase was refused: %v", err)
	}
	// Other fields stay editable: that is how rules change.
	rule := object(t, "EarnRule", `{"metadata":{"name":"editable-rule"}}`)
	if err := kube.Client.Create(ctx, rule); err != nil {
		t.Fatal(err)
	}
	if err := kube.Client.Patch(ctx, rule, client.RawPatch("application/merge-patch+json", []byte(`{"spec":{"points":{"fixed":25}}}`))); err != nil {
		t.Errorf("changing points was refused: %v", err)
	}
}
