package controllers

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"k8s.io/apimachinery/pkg/types"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/metrics"

	"github.com/tally-operator/tally/internal/ruleset"
)

// compiles counts the rule sets the operator compiled: one per change of a program's objects,
// however many of them there are (compiler).
var compiles = prometheus.NewCounter(prometheus.CounterOpts{
	Name: "tally_operator_ruleset_compiles_total",
	Help: "Rule sets compiled by the operator; passes that find a program's objects unchanged reuse the last compile.",
})

func init() { metrics.Registry.MustRegister(compiles) }

// compiler compiles a program's rule set once per change of the objects it is made of. At a
// change, the program's reconciler and the reconciler of every one of its rule objects (which
// re-check each other) each need the same compile: without it, a change to one of 100 rules
// compiled the program more than 100 times. It keeps each program's last compile, under a key
// of the identities and generations of the program and its objects (the spec is what compiles,
// and the generation changes with it).
type compiler struct {
	mu   sync.Mutex
	last map[types.NamespacedName]compiled
}

type compiled struct {
	key  string
	rs   *ruleset.Ruleset
	errs []ruleset.FieldError
}

// compile compiles in, or returns the last compile of the same objects. Callers only read
// what it returns.
func (c *compiler) compile(in ruleset.Input) (*ruleset.Ruleset, []ruleset.FieldError) {
	program := types.NamespacedName{Namespace: in.Program.Namespace, Name: in.Program.Name}
	key := inputKey(in)
	c.mu.Lock()
	last, ok := c.last[program]
	c.mu.Unlock()
	if ok && last.key == key {
		return last.rs, last.errs
	}
	rs, errs := ruleset.Compile(in)
	compiles.Inc()
	c.mu.Lock()
	if c.last == nil {
		c.last = map[types.NamespacedName]compiled{}
	}
	c.last[program] = compiled{key: key, rs: rs, errs: errs}
	c.mu.Unlock()
	return rs, errs
}

// forget drops a deleted program's last compile.
func (c *compiler) forget(program types.NamespacedName) {
	c.mu.Lock()
	delete(c.last, program)
	c.mu.Unlock()
}

// inputKey names in's objects at their generations.
func inputKey(in ruleset.Input) string {
	var objs []string
	add := func(kind string, o client.Object) {
		objs = append(objs, fmt.Sprintf("%s/%s/%s/%d", kind, o.GetName(), o.GetUID(), o.GetGeneration()))
	}
	for i := range in.Rules {
		add("EarnRule", &in.Rules[i])
	}
	for i := range in.Tiers {
		add("TierPolicy", &in.Tiers[i])
	}
	for i := range in.Catalogs {
		add("RedemptionCatalog", &in.Catalogs[i])
	}
	sort.Strings(objs)
	p := in.Program
	return fmt.Sprintf("PointsProgram/%s/%s/%d\n%s", p.Name, p.UID, p.Generation, strings.Join(objs, "\n"))
}
