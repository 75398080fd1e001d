package plugin

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/duration"
)

// writeStatus prints the rows as a table, then the reasons of the columns that say why not.
func writeStatus(out, notes io.Writer, rows []statusRow) error {
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAMESPACE\tNAME\tREADY\tRULESET\tLEDGER\tLAST EXPIRY\tLIABILITY")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.namespace, r.name, r.ready, r.ruleset, r.ledger, r.lastExpiry, r.liability)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range rows {
		for _, n := range r.notes {
			if _, err := fmt.Fprintf(notes, "%s/%s: %s\n", r.namespace, r.name, n); err != nil {
				return err
			}
		}
	}
	return nil
}

// lastRunText is when a CronJob last succeeded, as "3h ago".
func lastRunText(t *metav1.Time, now time.Time) string {
	if t == nil {
		return "never"
	}
	return duration.HumanDuration(now.Sub(t.Time)) + " ago"
}

func (l liabilityOut) text() string {
	return fmt.Sprintf("%s points (%s %s)", thousands(l.Points), l.Value, l.Currency)
}

// thousands writes n with a comma between groups of three digits, as "1,234,567".
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return sign + b.String()
}

// signed writes a change of points with its sign, as "+128" or "-50".
func signed(n int64) string {
	if n > 0 {
		return "+" + thousands(n)
	}
	return thousands(n)
}

// timeText writes a time of the ledger's answers, in UTC.
func timeText(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05Z") }

func writeMember(out io.Writer, r *memberReport) error {
	m := r.member
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Member %s of %s\n", m.ID, r.program)
	fmt.Fprintf(tw, "  Balance\t%s points available, %s held\n", thousands(m.Balance), thousands(m.Held))
	tier := "none"
	if m.Tier != "" {
		tier = m.Tier
		if m.TierReachedAt != nil {
			tier += " since " + m.TierReachedAt.UTC().Format(time.DateOnly)
		}
	}
	if n := m.NextTier; n != nil {
		tier += fmt.Sprintf("; %s at %s %s (%s now, %s to go)", n.Name, thousands(n.Threshold), metricText(n.Metric), thousands(n.Value), thousands(n.Remaining))
	}
	fmt.Fprintf(tw, "  Tier\t%s\n", tier)
	fmt.Fprintf(tw, "  Expiring\t%s points within %d days\n", thousands(m.ExpiringSoon.Points), m.ExpiringSoon.Days)
	fmt.Fprintf(tw, "  Joined\t%s\n", m.JoinedAt.UTC().Format(time.DateOnly))
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.lines) == 0 {
		_, err := fmt.Fprintln(out, "\nNo statement lines.")
		return err
	}
	fmt.Fprintln(out, "\nStatement, newest first:")
	tw = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tKIND\tPOINTS\tREASON\tEVENT/REF\tRULES")
	for _, l := range r.lines {
		ref := l.EventID
		if ref == "" {
			ref = l.Ref
		}
		var rules []string
		for _, rp := range l.Rules {
			rules = append(rules, rp.Rule+" "+signed(rp.Points))
		}
		points := signed(l.Points)
		if l.Shortfall > 0 {
			points += fmt.Sprintf(" (%s short)", thousands(l.Shortfall))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", timeText(l.CreatedAt), l.Kind, points, orDash(l.Reason), orDash(ref), orDash(strings.Join(rules, ", ")))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if r.more {
		_, err := fmt.Fprintln(out, "(older lines not shown: raise --lines)")
		return err
	}
	return nil
}

// metricText is a tier metric as a reader says it.
func metricText(metric string) string {
	switch metric {
	case "PointsEarned":
		return "points earned"
	case "Spend":
		return "spent"
	case "GrowthValue":
		return "growth value"
	}
	return metric
}

func writeJSON(out io.Writer, v any) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeExplanation prints an explanation: every rule's verdict, then what the event would do.
func writeExplanation(out io.Writer, program, eventType string, a *explainAnswer) error {
	what := "Event " + a.ID
	if eventType != "" {
		what += " (" + eventType + ")"
	}
	what += " of member " + a.Member + " in " + program
	if a.Replayed {
		fmt.Fprintf(out, "%s was taken by the ledger before: posting it again would earn nothing more.\n", what)
		fmt.Fprintf(out, "It earned %s points (rule set %s):\n", signed(a.Points), orDash(a.RulesetVersion))
		writeAwards(out, a.Awards)
		return writeLimits(out, a.Limits)
	}
	fmt.Fprintf(out, "%s, judged by rule set %s. Dry run: nothing was credited.\n\n", what, orDash(a.RulesetVersion))
	if len(a.Explanation) == 0 {
		fmt.Fprintf(out, "No rule of the program takes events of type %q.\n", eventType)
	} else {
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "RULE\tVERDICT\tPOINTS\tDETAIL")
		for _, x := range a.Explanation {
			points := "-"
			if x.Points != 0 {
				points = signed(x.Points)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", x.Rule, x.Reason, points, x.Detail)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(out)
	}
	fmt.Fprintf(out, "Points: %s, leaving %s available (now %s).\n", signed(a.Points), thousands(a.Balance), thousands(a.Balance-a.Points))
	if a.Shortfall > 0 {
		fmt.Fprintf(out, "Shortfall: %s penalty points could not be taken (the program forbids negative balances).\n", thousands(a.Shortfall))
	}
	switch {
	case a.TierChanged:
		fmt.Fprintf(out, "Tier: moves up to %s.\n", a.Tier)
	case a.Tier != "":
		fmt.Fprintf(out, "Tier: stays %s.\n", a.Tier)
	}
	if len(a.Badges) > 0 {
		fmt.Fprintf(out, "Badges: %s.\n", strings.Join(a.Badges, ", "))
	}
	if len(a.WouldAward) > 0 {
		fmt.Fprintln(out, "Shadow rules would award (never credited):")
		writeAwards(out, a.WouldAward)
	}
	return writeLimits(out, a.Limits)
}

func writeAwards(out io.Writer, awards []awardAnswer) {
	for _, aw := range awards {
		expiry := ""
		if aw.ExpiresAt != nil {
			expiry = ", expiring " + timeText(*aw.ExpiresAt)
		}
		fmt.Fprintf(out, "  %s %s%s\n", aw.Rule, signed(aw.Points), expiry)
	}
}

func writeLimits(out io.Writer, limits []string) error {
	if len(limits) == 0 {
		return nil
	}
	fmt.Fprintln(out, "\nNote:")
	for _, l := range limits {
		if _, err := fmt.Fprintf(out, "  - %s\n", l); err != nil {
			return err
		}
	}
	return nil
}
