package simulate

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// Report is what a simulation found. Before is the period replayed with the active rule
// set, After with the proposed one; both start from the same members in the same state.
type Report struct {
	Schema string    `json:"schema"`
	From   time.Time `json:"from"`
	To     time.Time `json:"to"`
	// Events and Reversals are those recorded in the period; Members the members with any
	// operation in it; Reviews the tier reviews that ran in it, replayed too.
	Events    int `json:"events"`
	Reversals int `json:"reversals"`
	Members   int `json:"members"`
	Reviews   int `json:"reviews"`
	// RecordedRulesets are the versions of the rule sets that judged the events as recorded.
	RecordedRulesets []string    `json:"recordedRulesets"`
	Active           RulesetInfo `json:"active"`
	Proposed         RulesetInfo `json:"proposed"`
	Rules            []RuleRow   `json:"rules"`
	// Issued is the points the rules awarded; Reversed what reversals took back.
	Issued   Figure `json:"issued"`
	Reversed Figure `json:"reversed"`
	// Liability is the members' points at the end of the period: Before as recorded, After
	// with the difference the proposal makes.
	Liability Figure `json:"liability"`
	// Tiers counts the period's members by tier at its end (and, when a tier review ran in
	// the period, every member with a tier); TierMoves are the members whose tier the
	// proposal changes, by tier before and after; TierChanges their number.
	Tiers       []TierRow  `json:"tiers"`
	TierMoves   []TierMove `json:"tierMoves"`
	TierChanges int        `json:"tierChanges"`
	// MostAffected are the members whose points the proposal changes most (pseudonyms), of
	// MembersAffected members whose points it changes at all.
	MostAffected    []Affected `json:"mostAffected"`
	MembersAffected int        `json:"membersAffected"`
	// NeverAward are the proposal's Active rules that would award nothing in the period;
	// AlwaysCapped those capped every time they matched.
	NeverAward   []string `json:"neverAward"`
	AlwaysCapped []string `json:"alwaysCapped"`
	// Shadow is what Shadow rules would have awarded: in the replay with the proposed rule
	// set, and in production as the period recorded it.
	Shadow []ShadowRow `json:"shadow"`
	// Refused counts the events and reversals each replay refused (a reversal asking for more
	// than the replayed event earned, say); Short the recorded spends its points did not cover.
	Refused [2]int `json:"refused"`
	Short   [2]int `json:"short"`
}

// RulesetInfo names a rule set.
type RulesetInfo struct {
	Version    string `json:"version"`
	PointValue string `json:"pointValue"`
	Currency   string `json:"currency"`
}

// RuleRow is one rule's figures: as recorded, and replayed before and after.
type RuleRow struct {
	Rule       string      `json:"rule"`
	ModeBefore string      `json:"modeBefore"` // "" where the rule set has no such rule
	ModeAfter  string      `json:"modeAfter"`
	Recorded   RuleFigures `json:"recorded"`
	Before     RuleFigures `json:"before"`
	After      RuleFigures `json:"after"`
	Delta      int64       `json:"delta"`
}

// RuleFigures is what one rule did: the events it matched, the awards it made and their
// points, what it took as penalties, and the times a cap held it back.
type RuleFigures struct {
	Matched   int64 `json:"matched"`
	Awards    int64 `json:"awards"`
	Points    int64 `json:"points"`
	Penalties int64 `json:"penalties,omitempty"`
	Capped    int64 `json:"capped"`
}

// Figure is a number of points before and after, and their cash values.
type Figure struct {
	Before      int64  `json:"before"`
	After       int64  `json:"after"`
	Delta       int64  `json:"delta"`
	ValueBefore string `json:"valueBefore,omitempty"`
	ValueAfter  string `json:"valueAfter,omitempty"`
	ValueDelta  string `json:"valueDelta,omitempty"`
}

// TierRow counts members in a tier.
type TierRow struct {
	Tier   string `json:"tier"`
	Before int    `json:"before"`
	After  int    `json:"after"`
}

// TierMove counts members who would end in another tier.
type TierMove struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Members int    `json:"members"`
}

// Affected is a member whose points the proposal changes.
type Affected struct {
	Member string `json:"member"`
	Before int64  `json:"before"`
	After  int64  `json:"after"`
	Delta  int64  `json:"delta"`
}

// ShadowRow is what a Shadow rule would have awarded.
type ShadowRow struct {
	Rule       string        `json:"rule"`
	Replayed   ShadowFigures `json:"replayed"`
	Production ShadowFigures `json:"production"`
}

// ShadowFigures counts events and points.
type ShadowFigures struct {
	Events int64 `json:"events"`
	Points int64 `json:"points"`
}

// Formats are the formats Write knows.
var Formats = []string{"text", "markdown", "json"}

// Write writes the report in format: text, markdown or json.
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	case "markdown":
		return r.write(w, true)
	case "text", "":
		return r.write(w, false)
	}
	return fmt.Errorf("format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// write writes the report as text, or as Markdown fit for a pull request's comment.
func (r *Report) write(w io.Writer, md bool) error {
	p := &printer{w: w, md: md}
	period := fmt.Sprintf("%s to %s", r.From.Format(time.RFC3339), r.To.Format(time.RFC3339))
	p.title(fmt.Sprintf("Rule simulation: %s → %s", short(r.Active.Version), short(r.Proposed.Version)))
	reviews := ""
	if r.Reviews > 0 {
		reviews = fmt.Sprintf(", %d tier reviews", r.Reviews)
	}
	p.line("Schema %s, %s: %s events, %s reversals, %s members%s (rule sets as recorded: %s).",
		p.code(r.Schema), period, num(int64(r.Events)), num(int64(r.Reversals)), num(int64(r.Members)), reviews, p.codes(r.RecordedRulesets))
	p.line("Before is the period replayed with the active rule set %s, after with the proposed %s; both start from the members as they were.",
		p.code(r.Active.Version), p.code(r.Proposed.Version))
	if r.Events == 0 {
		p.line("")
		p.line("No events were recorded in this period: there is nothing to compare.")
		return p.err
	}
	cur := r.Active.Currency
	p.section("Summary")
	p.table([]string{"", "Before", "After", "Change"}, [][]string{
		{"Points issued", num(r.Issued.Before), num(r.Issued.After), signed(r.Issued.Delta)},
		{"Value issued (" + cur + ")", money(r.Issued.ValueBefore), money(r.Issued.ValueAfter), signedValue(r.Issued.ValueDelta)},
		{"Points reversed", num(r.Reversed.Before), num(r.Reversed.After), signed(r.Reversed.Delta)},
		{"Liability at the end (points)", num(r.Liability.Before), num(r.Liability.After), signed(r.Liability.Delta) + percent(r.Liability.Delta, r.Liability.Before)},
		{"Liability at the end (" + cur + ")", money(r.Liability.ValueBefore), money(r.Liability.ValueAfter), signedValue(r.Liability.ValueDelta)},
		{"Members whose tier differs", "", "", num(int64(r.TierChanges))},
		{"Members whose points differ", "", "", num(int64(r.MembersAffected))},
	})

	p.section("Points by rule")
	rows := [][]string{}
	for _, x := range r.Rules {
		rows = append(rows, []string{p.code(x.Rule), mode(x.ModeBefore, x.ModeAfter), num(x.Recorded.Points),
			num(x.Before.Points), num(x.After.Points), signed(x.Delta), num(x.After.Awards), num(x.After.Capped)})
	}
	p.table([]string{"Rule", "Mode", "Recorded", "Before", "After", "Change", "Awards after", "Capped after"}, rows)

	if len(r.NeverAward) > 0 || len(r.AlwaysCapped) > 0 || r.Refused != [2]int{} || r.Short != [2]int{} {
		p.section("Worth a look")
		for _, name := range r.NeverAward {
			p.item("%s would never award points in this period.", p.code(name))
		}
		for _, name := range r.AlwaysCapped {
			p.item("%s would hit its cap every time it matched.", p.code(name))
		}
		if r.Refused != [2]int{} {
			p.item("Events or reversals refused in the replay: %d before, %d after.", r.Refused[0], r.Refused[1])
		}
		if r.Short != [2]int{} {
			p.item("Recorded spends the members' points would not have covered: %d before, %d after.", r.Short[0], r.Short[1])
		}
	}

	if len(r.Tiers) > 1 || len(r.TierMoves) > 0 {
		p.section("Tiers at the end of the period")
		rows = rows[:0]
		for _, t := range r.Tiers {
			rows = append(rows, []string{tierName(t.Tier), num(int64(t.Before)), num(int64(t.After)), signed(int64(t.After - t.Before))})
		}
		p.table([]string{"Tier", "Before", "After", "Change"}, rows)
		if len(r.TierMoves) > 0 {
			rows = rows[:0]
			for _, m := range r.TierMoves {
				rows = append(rows, []string{tierName(m.From), tierName(m.To), num(int64(m.Members))})
			}
			p.line("")
			p.table([]string{"Before", "After", "Members"}, rows)
		}
	}

	if len(r.MostAffected) > 0 {
		p.section("Members most affected")
		p.line("Points earned in the period, less reversals and penalties; members by pseudonym.")
		p.line("")
		rows = rows[:0]
		for _, m := range r.MostAffected {
			rows = append(rows, []string{p.code(m.Member), num(m.Before), num(m.After), signed(m.Delta)})
		}
		p.table([]string{"Member", "Before", "After", "Change"}, rows)
	}

	if len(r.Shadow) > 0 {
		p.section("Shadow rules")
		p.line("What Shadow rules would have awarded: in production as recorded, and in the replay with the proposed rule set.")
		p.line("")
		rows = rows[:0]
		for _, s := range r.Shadow {
			rows = append(rows, []string{p.code(s.Rule), num(s.Production.Events), num(s.Production.Points), num(s.Replayed.Events), num(s.Replayed.Points)})
		}
		p.table([]string{"Rule", "Production events", "Production points", "Replayed events", "Replayed points"}, rows)
	}
	return p.err
}

// printer writes text or Markdown, keeping the first error.
type printer struct {
	w   io.Writer
	md  bool
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) title(s string) {
	if p.md {
		p.printf("## %s\n\n", s)
	} else {
		p.printf("%s\n%s\n", s, strings.Repeat("=", len([]rune(s))))
	}
}

func (p *printer) section(s string) {
	if p.md {
		p.printf("\n### %s\n\n", s)
	} else {
		p.printf("\n%s\n%s\n", s, strings.Repeat("-", len([]rune(s))))
	}
}

func (p *printer) line(format string, args ...any) { p.printf(format+"\n", args...) }

func (p *printer) item(format string, args ...any) { p.printf("- "+format+"\n", args...) }

func (p *printer) code(s string) string {
	if p.md {
		return "`" + s + "`"
	}
	return s
}

func (p *printer) codes(list []string) string {
	if len(list) == 0 {
		return "none"
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = p.code(short(s))
	}
	return strings.Join(out, ", ")
}

// table writes a table: a Markdown one, or columns aligned with spaces, numbers to the right.
func (p *printer) table(head []string, rows [][]string) {
	if p.md {
		p.printf("| %s |\n", strings.Join(head, " | "))
		align := make([]string, len(head))
		for i := range head {
			align[i] = "---:"
			if i == 0 {
				align[i] = "---"
			}
		}
		p.printf("|%s|\n", strings.Join(align, "|"))
		for _, r := range rows {
			p.printf("| %s |\n", strings.Join(r, " | "))
		}
		return
	}
	if p.err != nil {
		return
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, r := range append([][]string{head}, rows...) {
		fmt.Fprintf(tw, "%s\t\n", strings.Join(r, "\t"))
	}
	p.err = tw.Flush()
}

func short(version string) string {
	if len(version) > 12 {
		return version[:12]
	}
	return version
}

func tierName(t string) string {
	if t == "" {
		return "(none)"
	}
	return t
}

func mode(before, after string) string {
	switch {
	case before == after:
		return after
	case before == "":
		return "new, " + after
	case after == "":
		return "removed"
	}
	return before + " → " + after
}

// num writes n with thousands separated by commas.
func num(n int64) string {
	s := strconv.FormatInt(abs(n), 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if n < 0 {
		return "-" + s
	}
	return s
}

func signed(n int64) string {
	if n > 0 {
		return "+" + num(n)
	}
	return num(n)
}

func signedValue(v string) string {
	if v != "" && v[0] != '-' && strings.Trim(v, "0.") != "" {
		return "+" + money(v)
	}
	return money(v)
}

// money writes a decimal amount with its thousands separated by commas.
func money(v string) string {
	whole, frac, _ := strings.Cut(v, ".")
	sign := ""
	if strings.HasPrefix(whole, "-") {
		sign, whole = "-", whole[1:]
	}
	n, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return v
	}
	if frac != "" {
		frac = "." + frac
	}
	return sign + num(n) + frac
}

// percent is n as a share of of, in parentheses, or "" when of is 0 or n is 0.
func percent(n, of int64) string {
	if n == 0 || of == 0 {
		return ""
	}
	return fmt.Sprintf(" (%+.2f%%)", 100*float64(n)/float64(of))
}
