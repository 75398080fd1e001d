package main

import (
	"bytes"
	"fmt"
	"html"
	"math"
	"strings"
	"time"

	"github.com/tally-operator/tally/config/monitoring"
)

// The drawing follows the dashboard's own layout: its 24 columns and its grid rows.
const (
	canvasWidth = 1800
	margin      = 16
	gridUnit    = 34 // pixels per grid row
	headerH     = 84
	charWidth   = 6.4 // of the 11 px legend font, near enough to wrap legends
)

// palette is Grafana's classic series palette.
var palette = []string{"#7EB26D", "#EAB839", "#6ED0E0", "#EF843C", "#E24D42", "#1F78C1", "#BA43A9", "#705DA0",
	"#508642", "#CCA300", "#447EBC", "#C15C17", "#890F02", "#0A437C", "#6D1F62", "#584477"}

// render draws the panels in the dashboard's grid, each a titled line chart with axes and a
// legend, or the reason it has no data.
func render(dash *monitoring.Dashboard, panels []panelData, start, end time.Time, caption string) []byte {
	colW := float64(canvasWidth-2*margin) / 24
	bottom := 0
	for _, p := range dash.Panels {
		bottom = max(bottom, p.GridPos.Y+p.GridPos.H)
	}
	height := headerH + bottom*gridUnit + margin + 24
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif">`+"\n",
		canvasWidth, height, canvasWidth, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#f4f5f5"/>`+"\n", canvasWidth, height)
	fmt.Fprintf(&b, `<text x="%d" y="32" font-size="22" font-weight="bold" fill="#202226">%s</text>`+"\n", margin, esc(dash.Title+" dashboard, drawn from a real run"))
	for i, line := range wrap(caption, 230) {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" fill="#464c54">%s</text>`+"\n", margin, 54+i*16, esc(line))
	}
	top := func(y int) float64 { return float64(headerH + y*gridUnit) }
	for _, p := range dash.Panels {
		if p.Type == "row" {
			fmt.Fprintf(&b, `<text x="%d" y="%.0f" font-size="16" font-weight="bold" fill="#202226">%s</text>`+"\n",
				margin+4, top(p.GridPos.Y)+22, esc(p.Title))
		}
	}
	for _, pd := range panels {
		g := pd.panel.GridPos
		x, y := margin+float64(g.X)*colW+4, top(g.Y)+4
		w, h := float64(g.W)*colW-8, float64(g.H*gridUnit)-8
		drawPanel(&b, pd, x, y, w, h, start, end)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" fill="#6e747c">%s</text>`+"\n", margin, height-12,
		esc("Rendered by hack/dashboard (go run ./hack/dashboard) with Prometheus's own PromQL engine over the ledger's /metrics, scraped every 2 s; not a Grafana screenshot. Queries: config/grafana/tally-dashboard.json."))
	b.WriteString("</svg>\n")
	return b.Bytes()
}

func drawPanel(b *bytes.Buffer, pd panelData, x, y, w, h float64, start, end time.Time) {
	fmt.Fprintf(b, `<g><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="3" fill="#ffffff" stroke="#d8d9da"/>`+"\n", x, y, w, h)
	fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="13" font-weight="bold" fill="#202226">%s</text>`+"\n", x+10, y+19, esc(pd.panel.Title))
	if len(pd.series) == 0 {
		why := "no data in this run"
		if pd.missing != "" {
			why += " (" + pd.missing + ")"
		}
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="14" fill="#8e8e8e" text-anchor="middle">%s</text>`+"\n", x+w/2, y+h/2+5, esc(why))
		b.WriteString("</g>\n")
		return
	}
	// The legend's entries flow in lines under the plot; three lines at most.
	type entry struct {
		name  string
		color string
		width float64
	}
	var entries []entry
	for i, s := range pd.series {
		name := s.name
		if name == "" {
			name = "value"
		}
		entries = append(entries, entry{name, palette[i%len(palette)], 14 + float64(len(name))*charWidth + 14})
	}
	var lines [][]entry
	var line []entry
	lineW := 0.0
	for _, e := range entries {
		if len(line) > 0 && lineW+e.width > w-20 {
			lines, line, lineW = append(lines, line), nil, 0
		}
		line, lineW = append(line, e), lineW+e.width
	}
	lines = append(lines, line)
	hidden := 0
	if len(lines) > 3 {
		for _, l := range lines[3:] {
			hidden += len(l)
		}
		lines = lines[:3]
	}
	legendH := float64(len(lines))*15 + 4

	px, py := x+62, y+30
	pw, ph := w-62-14, h-30-20-legendH-6
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range pd.series {
		for _, p := range s.points {
			if !math.IsNaN(p.F) && !math.IsInf(p.F, 0) {
				lo, hi = math.Min(lo, p.F), math.Max(hi, p.F)
			}
		}
	}
	if math.IsInf(lo, 1) {
		lo, hi = 0, 1
	}
	lo = math.Min(lo, 0)
	step := niceStep((hi - lo) / 4)
	hi = math.Max(step*math.Ceil(hi/step), lo+step)
	unit := pd.panel.FieldConfig.Defaults.Unit
	sx := func(t int64) float64 {
		return px + pw*float64(t-start.UnixMilli())/float64(end.UnixMilli()-start.UnixMilli())
	}
	sy := func(v float64) float64 { return py + ph - ph*(v-lo)/(hi-lo) }
	for v := lo; v <= hi+step/2; v += step {
		yy := sy(v)
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ececec"/>`+"\n", px, yy, px+pw, yy)
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="10" fill="#6e747c" text-anchor="end">%s</text>`+"\n", px-6, yy+3, esc(format(v, unit)))
	}
	runFor := end.Sub(start)
	tick := 15 * time.Second
	if runFor < 40*time.Second {
		tick = 5 * time.Second
	}
	for t := time.Duration(0); t <= runFor; t += tick {
		xx := sx(start.Add(t).UnixMilli())
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ececec"/>`+"\n", xx, py, xx, py+ph)
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="10" fill="#6e747c" text-anchor="middle">%ds</text>`+"\n", xx, py+ph+13, int(t.Seconds()))
	}
	fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#9fa7b3"/>`+"\n", px, py+ph, px+pw, py+ph)
	fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#9fa7b3"/>`+"\n", px, py, px, py+ph)
	gap := int64(3 * scrapeEvery / time.Millisecond)
	for i, s := range pd.series {
		color := palette[i%len(palette)]
		var seg []string
		flush := func() {
			switch {
			case len(seg) == 1:
				xy := strings.Split(seg[0], ",")
				fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="1.8" fill="%s"/>`+"\n", xy[0], xy[1], color)
			case len(seg) > 1:
				fmt.Fprintf(b, `<polyline fill="none" stroke="%s" stroke-width="1.6" points="%s"/>`+"\n", color, strings.Join(seg, " "))
			}
			seg = seg[:0]
		}
		var last int64
		for _, p := range s.points {
			if math.IsNaN(p.F) || math.IsInf(p.F, 0) || len(seg) > 0 && p.T-last > gap {
				flush()
			}
			if math.IsNaN(p.F) || math.IsInf(p.F, 0) {
				continue
			}
			seg = append(seg, fmt.Sprintf("%.1f,%.1f", sx(p.T), sy(p.F)))
			last = p.T
		}
		flush()
	}
	ly := py + ph + 22
	for _, l := range lines {
		lx := x + 12
		for _, e := range l {
			fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="10" height="3" fill="%s"/>`+"\n", lx, ly-4, e.color)
			fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="11" fill="#464c54">%s</text>`+"\n", lx+14, ly, esc(e.name))
			lx += e.width
		}
		ly += 15
	}
	if hidden > 0 {
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="11" fill="#8e8e8e" text-anchor="end">+%d more</text>`+"\n", x+w-10, ly-15, hidden)
	}
	b.WriteString("</g>\n")
}

// niceStep rounds a tick interval to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// format writes an axis value in the panel's unit, as Grafana would.
func format(v float64, unit string) string {
	switch unit {
	case "s":
		switch a := math.Abs(v); {
		case a == 0:
			return "0"
		case a < 1e-3:
			return trim(v*1e6) + " µs"
		case a < 1:
			return trim(v*1e3) + " ms"
		}
		return trim(v) + " s"
	case "reqps":
		return si(v) + " req/s"
	case "ops":
		return si(v) + " /s"
	case "h":
		return trim(v) + " h"
	}
	return si(v)
}

func si(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return trim(v/1e6) + "M"
	case a >= 1e3:
		return trim(v/1e3) + "k"
	}
	return trim(v)
}

func trim(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

func wrap(s string, width int) []string {
	var lines []string
	var cur string
	for _, word := range strings.Fields(s) {
		if cur != "" && len(cur)+1+len(word) > width {
			lines, cur = append(lines, cur), word
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += word
	}
	return append(lines, cur)
}

func esc(s string) string { return html.EscapeString(s) }
