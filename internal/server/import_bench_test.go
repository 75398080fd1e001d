package server_test

import (
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"
)

// BenchmarkImportProfiles streams a million profiles into a fresh program through
// POST /v1/members:import and reports profiles per second:
//
//	go test ./internal/server -run '^$' -bench ImportProfiles -benchtime 1x
func BenchmarkImportProfiles(b *testing.B) {
	const profiles = 1_000_000
	a := startAPI(b, "coffee", time.Now)
	for range b.N {
		r, w := io.Pipe()
		go func() {
			for i := range profiles {
				fmt.Fprintf(w, `{"id":"m-%d","birthday":"%02d-%02d","segments":["members"],"attributes":{"city":"Shanghai","channel":"app"}}`+"\n", i, 1+i%12, 1+i%28)
			}
			w.Close()
		}()
		req, _ := http.NewRequest("POST", a.url+"/v1/members:import", r)
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/x-ndjson")
		start := time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("import: %d %s", resp.StatusCode, out)
		}
		b.ReportMetric(profiles/time.Since(start).Seconds(), "profiles/s")
	}
}
