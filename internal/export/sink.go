package export

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cloudevents/sdk-go/v2/event"
)

// Sink is where a program's changes go: an HTTP endpoint that takes CloudEvents.
type Sink struct {
	Name string `json:"name"`
	URL  string `json:"url"`
	// Kinds are the kinds sent; none means all.
	Kinds []Kind `json:"kinds,omitempty"`
	// SigningKeyFile holds the key that signs each request (SignatureHeader).
	SigningKeyFile string `json:"signingKeyFile"`
	// HeadersDir, when set, is a directory whose files are headers to send: each file's name
	// is the header's name and its content the value (a Secret mounted as a volume).
	HeadersDir string `json:"headersDir,omitempty"`
	// BatchSize is the most changes one request carries (default 100). With 1, each request
	// is one event in structured mode (application/cloudevents+json); with more, a batch
	// (application/cloudevents-batch+json, a JSON array of structured events).
	BatchSize int `json:"batchSize,omitempty"`
	// MaxAttempts is how many times a batch is sent before its changes are dead letters
	// (default 15: with the backoff below, about ten minutes of failures).
	MaxAttempts int `json:"maxAttempts,omitempty"`
	// Timeout of one request (default 10s).
	Timeout Duration `json:"timeout,omitempty"`

	key     []byte
	headers map[string]string
}

// Duration is a time.Duration written as "10s" in JSON.
type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

// SignatureHeader carries a request's signature: "t=<unix seconds>,v1=<hex HMAC-SHA256 of
// "<t>.<body>" with the sink's signing key>". A receiver recomputes it over the body as
// received and refuses a request whose t is too old (docs/export.md).
const SignatureHeader = "Tally-Signature"

// Sign returns the SignatureHeader value for body sent at t.
func Sign(key, body []byte, t time.Time) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(ts))
	mac.Write([]byte("."))
	mac.Write(body)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac.Sum(nil))
}

// Verify checks a SignatureHeader value against body and key, and that it was made within
// tolerance of now. It is what a receiver written in Go does; docs/export.md shows it in a
// few lines of other languages.
func Verify(key, body []byte, header string, now time.Time, tolerance time.Duration) error {
	var ts, sig string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	t, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sig == "" {
		return fmt.Errorf("signature %q is not t=...,v1=...", header)
	}
	if d := now.Sub(time.Unix(t, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("signature made %s from now, beyond %s", d, tolerance)
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(ts + "."))
	mac.Write(body)
	got, err := hex.DecodeString(sig)
	if err != nil || !hmac.Equal(got, mac.Sum(nil)) {
		return fmt.Errorf("signature does not match the body")
	}
	return nil
}

// load fills in the sink's defaults and reads its key and headers.
func (s *Sink) load() error {
	if s.BatchSize <= 0 {
		s.BatchSize = 100
	}
	if s.MaxAttempts <= 0 {
		s.MaxAttempts = 15
	}
	if s.Timeout.Duration <= 0 {
		s.Timeout.Duration = 10 * time.Second
	}
	key, headers, err := s.readFiles()
	s.key, s.headers = key, headers
	return err
}

// readFiles reads the sink's key and headers from their files. They are read again before
// every request, so that a rotated Secret, which the kubelet updates in place, takes effect
// without a restart.
func (s *Sink) readFiles() ([]byte, map[string]string, error) {
	key, err := os.ReadFile(s.SigningKeyFile)
	if err != nil {
		return nil, nil, fmt.Errorf("sink %s: signing key: %w", s.Name, err)
	}
	if key = bytes.TrimSpace(key); len(key) == 0 {
		return nil, nil, fmt.Errorf("sink %s: the signing key in %s is empty", s.Name, s.SigningKeyFile)
	}
	headers := map[string]string{}
	if s.HeadersDir == "" {
		return key, headers, nil
	}
	entries, err := os.ReadDir(s.HeadersDir)
	if err != nil {
		return nil, nil, fmt.Errorf("sink %s: headers: %w", s.Name, err)
	}
	for _, e := range entries {
		// A mounted Secret's files are links into a hidden directory of the same volume.
		if strings.HasPrefix(e.Name(), ".") || e.IsDir() {
			continue
		}
		v, err := os.ReadFile(filepath.Join(s.HeadersDir, e.Name()))
		if err != nil {
			return nil, nil, fmt.Errorf("sink %s: header %s: %w", s.Name, e.Name(), err)
		}
		headers[e.Name()] = strings.TrimSpace(string(v))
	}
	return key, headers, nil
}

// wants says whether the sink takes changes of kind k.
func (s *Sink) wants(k Kind) bool { return len(s.Kinds) == 0 || slices.Contains(s.Kinds, k) }

// cloudEvent is a change as a structured CloudEvent, from source.
func cloudEvent(source string, ch Change) (json.RawMessage, error) {
	e := event.New(event.CloudEventsVersionV1)
	e.SetID(ch.ID)
	e.SetSource(source)
	e.SetType(TypePrefix + string(ch.Kind))
	e.SetSubject(ch.Member)
	e.SetTime(ch.Time)
	e.SetExtension("sequence", strconv.FormatInt(ch.Seq, 10))
	if err := e.SetData(event.ApplicationJSON, []byte(ch.Data)); err != nil {
		return nil, err
	}
	if err := e.Validate(); err != nil {
		return nil, fmt.Errorf("change %s: %w", ch.ID, err)
	}
	return json.Marshal(e)
}

// post sends events (structured CloudEvents) to the sink in one request: a 2xx is accepted,
// anything else an error.
func (s *Sink) post(ctx context.Context, client *http.Client, events []json.RawMessage, now time.Time) error {
	var body []byte
	contentType := "application/cloudevents+json"
	if len(events) == 1 && s.BatchSize == 1 {
		body = events[0]
	} else {
		// The events are compact JSON already: joined, not marshalled again.
		n := 2
		for _, e := range events {
			n += len(e) + 1
		}
		body = make([]byte, 0, n)
		body = append(body, '[')
		for i, e := range events {
			if i > 0 {
				body = append(body, ',')
			}
			body = append(body, e...)
		}
		body = append(body, ']')
		contentType = "application/cloudevents-batch+json"
	}
	if key, headers, err := s.readFiles(); err == nil { // a failed read keeps what was read before
		s.key, s.headers = key, headers
	}
	ctx, cancel := context.WithTimeout(ctx, s.Timeout.Duration)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	for k, v := range s.headers {
		req.Header.Set(k, v)
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set(SignatureHeader, Sign(s.key, body, now))
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s answered %d: %s", s.URL, resp.StatusCode, strings.TrimSpace(string(msg)))
	}
	return nil
}

// Config is what `tally ledger serve --export-config` reads: the program's CloudEvents
// source and its sinks, as the operator writes them from PointsProgram.spec.export.
type Config struct {
	Source string `json:"source"`
	Sinks  []Sink `json:"sinks"`
}

// LoadConfig reads a Config from a JSON file.
func LoadConfig(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, err
	}
	c, err := ParseConfig(b)
	if err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// ParseConfig reads a Config from JSON.
func ParseConfig(b []byte) (Config, error) {
	var c Config
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("export configuration: %w", err)
	}
	if c.Source == "" {
		return c, fmt.Errorf("export configuration: source is required")
	}
	return c, nil
}
