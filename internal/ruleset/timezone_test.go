package ruleset

import (
	"testing"
	"time"
)

// The cached time zone accessors must give what cel-go's own give.
func TestZonedTimestampAccessors(t *testing.T) {
	env, err := Env()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 31, 16, 30, 45, 123e6, time.UTC) // 1 January 2027, 00:30:45 in Shanghai
	cases := map[string]int64{
		`event.occurredAt.getFullYear('Asia/Shanghai')`:     2027,
		`event.occurredAt.getFullYear('UTC')`:               2026,
		`event.occurredAt.getMonth('Asia/Shanghai')`:        0,
		`event.occurredAt.getDayOfYear('Asia/Shanghai')`:    0,
		`event.occurredAt.getDayOfMonth('Asia/Shanghai')`:   0,
		`event.occurredAt.getDate('Asia/Shanghai')`:         1,
		`event.occurredAt.getDayOfWeek('Asia/Shanghai')`:    5, // a Friday
		`event.occurredAt.getDayOfWeek('America/New_York')`: 4,
		`event.occurredAt.getHours('+08:00')`:               0,
		`event.occurredAt.getHours('-05:30')`:               11,
		`event.occurredAt.getMinutes('Asia/Kolkata')`:       0,
		`event.occurredAt.getSeconds('Asia/Shanghai')`:      45,
		`event.occurredAt.getMilliseconds('Asia/Shanghai')`: 123,
	}
	for expr, want := range cases {
		ast, iss := env.Compile(expr)
		if iss.Err() != nil {
			t.Fatalf("%s: %v", expr, iss.Err())
		}
		prg, err := env.Program(ast)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := prg.Eval(map[string]any{"event": &Event{OccurredAt: at}, "member": &Member{}})
		if err != nil || out.Value() != want {
			t.Errorf("%s = %v (%v); want %d", expr, out, err, want)
		}
	}
	ast, _ := env.Compile(`event.occurredAt.getHours('Mars/Olympus')`)
	prg, _ := env.Program(ast)
	if _, _, err := prg.Eval(map[string]any{"event": &Event{OccurredAt: at}, "member": &Member{}}); err == nil {
		t.Error("an unknown zone evaluated")
	}
}
