package ruleset

import (
	"reflect"
	"sync"
	"time"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/checker"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/ext"
)

// Event is `event` in rule expressions: the member activity being evaluated.
type Event struct {
	ID         string    `cel:"id" json:"id"`
	Type       string    `cel:"type" json:"type"`
	Member     string    `cel:"member" json:"member"`
	Amount     float64   `cel:"amount" json:"amount"`
	Currency   string    `cel:"currency" json:"currency"`
	OccurredAt time.Time `cel:"occurredAt" json:"occurredAt"`
	// Attributes are the client's own key-value pairs. Values are strings in expressions:
	// compare them as strings, or convert with double() or int() to compute.
	Attributes map[string]string `cel:"attributes" json:"attributes"`
	Items      []Item            `cel:"items" json:"items"`
}

// Item is one line of an order, in `event.items`.
type Item struct {
	SKU      string  `cel:"sku" json:"sku"`
	Category string  `cel:"category" json:"category"`
	Quantity int64   `cel:"quantity" json:"quantity"`
	Price    float64 `cel:"price" json:"price"`
}

// Member is `member` in rule expressions.
type Member struct {
	ID         string            `cel:"id" json:"id"`
	Tier       string            `cel:"tier" json:"tier"`
	Attributes map[string]string `cel:"attributes" json:"attributes"`
	JoinedAt   time.Time         `cel:"joinedAt" json:"joinedAt"`
	// Birthday is "MM-DD" (or "YYYY-MM-DD"), or empty.
	Birthday string `cel:"birthday" json:"birthday"`
	// Segments are the names of the member's segments, such as "vip", sorted.
	Segments []string `cel:"segments" json:"segments,omitempty"`
	// The member's activity per event type, as the ledger keeps it: the number of events
	// (this one included), the sum of their amounts, the current and the longest streak of
	// consecutive days with one, and the days since the last one before this event (-1:
	// none). These fields declare the variables to CEL; their values are read from activity
	// when an expression reads them, so that evaluations that do not pay nothing.
	Counts     map[string]int64   `cel:"counts" json:"-"`
	Totals     map[string]float64 `cel:"totals" json:"-"`
	Streak     map[string]int64   `cel:"streak" json:"-"`
	BestStreak map[string]int64   `cel:"bestStreak" json:"-"`
	DaysSince  map[string]int64   `cel:"daysSince" json:"-"`
	activity   map[string]Activity
	// loc is the program's time zone, in which isBirthday and isBirthdayMonth read times.
	loc *time.Location
}

// Activity is what the ledger keeps of a member's events of one type.
type Activity struct {
	Count, Streak, Best int64
	Total               float64
	// DaysSince is the days from the last such event before this one to this one; -1 for
	// none.
	DaysSince int64
}

// WithActivity returns the member with their activity per event type.
func (m Member) WithActivity(a map[string]Activity) Member {
	m.activity = a
	return m
}

// activityMap is one figure of the member's activity per event type, as a CEL map.
func activityMap[V int64 | float64](p *provider, m *Member, get func(Activity) V, keep func(Activity) bool) ref.Val {
	out := make(map[string]V, len(m.activity))
	for typ, a := range m.activity {
		if keep == nil || keep(a) {
			out[typ] = get(a)
		}
	}
	return p.NativeToValue(out)
}

// In returns the member with the program's time zone, for the birthday helpers.
func (m Member) In(loc *time.Location) Member {
	m.loc = loc
	return m
}

// birthdayIn reports whether t, in the member's program time zone, falls on the member's
// birthday (sameDay) or in its month. A 29 February birthday falls on 28 February in years
// without one. A member without a birthday has none.
func (m *Member) birthdayIn(t time.Time, sameDay bool) bool {
	month, day, ok := BirthdayOf(m.Birthday)
	if !ok {
		return false
	}
	loc := m.loc
	if loc == nil {
		loc = time.UTC
	}
	local := t.In(loc)
	if local.Month() != month {
		return false
	}
	if !sameDay {
		return true
	}
	if month == time.February && day == 29 && time.Date(local.Year(), 3, 0, 0, 0, 0, 0, time.UTC).Day() == 28 {
		day = 28
	}
	return local.Day() == day
}

// BirthdayOf reads a birthday as a profile keeps it: "MM-DD", or a date "YYYY-MM-DD" of which
// only the month and day count. ok is false for anything else, and for days no year has
// ("02-30").
func BirthdayOf(s string) (month time.Month, day int, ok bool) {
	if len(s) == len("2006-01-02") {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return 0, 0, false
		}
		return t.Month(), t.Day(), true
	}
	t, err := time.Parse("01-02", s)
	if err != nil || len(s) != len("01-02") {
		return 0, 0, false
	}
	// time.Parse takes "02-29" in year 0, which is a leap year.
	return t.Month(), t.Day(), true
}

// CostLimit bounds the work of one evaluation of one expression, so that no expression can
// stall the ledger. It is far above what a reasonable condition costs (a few dozen).
const CostLimit = 100_000

// Bounds on the events and members expressions see. Evaluation refuses larger input, which is
// what lets WorstCaseCost bound an expression's cost before it ever runs.
const (
	MaxItems       = 200  // lines in event.items
	MaxAttributes  = 64   // keys in event.attributes and member.attributes
	MaxSegments    = 64   // names in member.segments
	MaxStringBytes = 1024 // any string: ids, attribute keys and values, SKUs, categories
)

// WorstCaseCost is the most one evaluation of ast can cost on input within MaxItems,
// MaxAttributes and MaxStringBytes; math.MaxUint64 when the checker cannot bound it.
func WorstCaseCost(ast *cel.Ast) (uint64, error) {
	env, err := Env()
	if err != nil {
		return 0, err
	}
	est, err := env.EstimateCost(ast, sizes{})
	if err != nil {
		return 0, err
	}
	return est.Max, nil
}

// sizes tells the cost estimator how large the inputs can be.
type sizes struct{}

func (sizes) EstimateSize(n checker.AstNode) *checker.SizeEstimate {
	if p := n.Path(); len(p) == 0 || (p[0] != "event" && p[0] != "member") {
		return nil
	}
	var max uint64
	switch n.Type().Kind() {
	case types.ListKind:
		max = MaxItems
	case types.MapKind:
		max = MaxAttributes
	case types.StringKind:
		max = MaxStringBytes
	default:
		return nil
	}
	return &checker.SizeEstimate{Min: 0, Max: max}
}

func (sizes) EstimateCallCost(function, overloadID string, target *checker.AstNode, args []checker.AstNode) *checker.CallEstimate {
	return nil
}

// Env returns the CEL environment of rule expressions: `event` and `member`, the standard
// library, string and math extensions, and time zones for timestamps.
var Env = sync.OnceValues(func() (*cel.Env, error) {
	return cel.NewEnv(append(zonedTimestampFunctions(),
		ext.Strings(),
		ext.Math(),
		ext.Lists(),
		ext.NativeTypes(reflect.TypeFor[Event](), reflect.TypeFor[Item](), reflect.TypeFor[Member](), ext.ParseStructTags(true)),
		objects(),
		cel.Variable("event", cel.ObjectType("ruleset.Event")),
		cel.Variable("member", cel.ObjectType("ruleset.Member")),
		birthdayFunction("isBirthday", true),
		birthdayFunction("isBirthdayMonth", false),
	)...)
})

// birthdayFunction declares member.isBirthday(timestamp) (sameDay) or
// member.isBirthdayMonth(timestamp): whether the time, in the program's time zone, is on the
// member's birthday or in its month.
func birthdayFunction(name string, sameDay bool) cel.EnvOption {
	return cel.Function(name, cel.MemberOverload("member_"+name+"_timestamp",
		[]*cel.Type{cel.ObjectType("ruleset.Member"), cel.TimestampType}, cel.BoolType,
		cel.BinaryBinding(func(member, ts ref.Val) ref.Val {
			t, ok := ts.(types.Timestamp)
			if !ok {
				return types.MaybeNoSuchOverloadErr(ts)
			}
			m, ok := member.Value().(*Member)
			if !ok {
				return types.MaybeNoSuchOverloadErr(member)
			}
			return types.Bool(m.birthdayIn(t.Time, sameDay))
		})))
}

// CheckExpression parses and type-checks expr and returns its AST; want is the type its result
// must have (BoolType for conditions, or nil to accept int and double for points).
func CheckExpression(expr string, want *cel.Type) (*cel.Ast, error) {
	env, err := Env()
	if err != nil {
		return nil, err
	}
	ast, iss := env.Compile(expr)
	if iss != nil && iss.Err() != nil {
		return nil, iss.Err()
	}
	out := ast.OutputType()
	switch {
	case want != nil && !out.IsExactType(want) && !out.IsExactType(cel.DynType):
		return nil, &typeError{got: out.String(), want: want.String()}
	case want == nil && !out.IsExactType(cel.IntType) && !out.IsExactType(cel.DoubleType) && !out.IsExactType(cel.DynType):
		return nil, &typeError{got: out.String(), want: "int or double"}
	}
	return ast, nil
}

type typeError struct{ got, want string }

func (e *typeError) Error() string {
	return "the expression returns " + e.got + "; it must return " + e.want
}
