package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// decode reads a JSON body of at most limit bytes into dst, strictly: unknown fields, trailing
// data and wrong types are refused, each with the field named.
func decode(w http.ResponseWriter, r *http.Request, limit int64, dst any) *Problem {
	return decodeBody(w, r, limit, dst, false)
}

// decodeOptional is decode for requests whose body may be left out.
func decodeOptional(w http.ResponseWriter, r *http.Request, limit int64, dst any) *Problem {
	return decodeBody(w, r, limit, dst, true)
}

func decodeBody(w http.ResponseWriter, r *http.Request, limit int64, dst any, optional bool) *Problem {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") &&
		!(r.Method == http.MethodPatch && strings.HasPrefix(ct, "application/merge-patch+json")) {
		return problem(http.StatusUnsupportedMediaType, "unsupported_media_type", "", "send application/json, not %s", ct)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return problem(http.StatusRequestEntityTooLarge, "too_large", "", "the body is larger than %d bytes", tooBig.Limit)
	}
	if err != nil {
		return badRequest("", "reading the body: %v", err)
	}
	if optional && len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	return decodeJSON(body, dst)
}

// decodeJSON reads body into dst strictly: unknown fields, trailing data and wrong types are
// refused, each with the field named.
func decodeJSON(body []byte, dst any) *Problem {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	err := dec.Decode(dst)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			return badRequest("", "the body holds more than one JSON value")
		}
		return nil
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return badRequest("", "the body is empty; send a JSON object")
	case errors.As(err, &syntax):
		return badRequest("", "malformed JSON at byte %d: %v", syntax.Offset, err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("", "malformed JSON: the body ends too soon")
	case errors.As(err, &typ):
		// Embedded structs name themselves in the path: the single event in the batch form, the
		// profile beside its actor.
		field := strings.TrimPrefix(strings.TrimPrefix(typ.Field, "eventIn."), "ProfileInput.")
		return badRequest(field, "%s must be %s, not a JSON %s", fieldOrBody(field), jsonType(typ.Type.String()), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return badRequest(name, "unknown field %q; see /openapi.json for the fields of this request", name)
	}
	return badRequest("", "%v", err)
}

func fieldOrBody(f string) string {
	if f == "" {
		return "the body"
	}
	return f
}

func jsonType(goType string) string {
	switch {
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"):
		return "an integer"
	case goType == "string", goType == "server.Decimal":
		return "a string"
	case goType == "bool":
		return "true or false"
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	case strings.HasPrefix(goType, "map"), strings.HasPrefix(goType, "server."), strings.HasPrefix(goType, "struct"):
		return "an object"
	}
	return "a " + goType
}

// Decimal is a decimal number sent as a string ("128.50") or, for convenience, a JSON number.
// Its text is checked by valid, with the field's name.
type Decimal string

func (d *Decimal) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*d = Decimal(s)
		return nil
	}
	if len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9') {
		*d = Decimal(b)
		return nil
	}
	kind := "value"
	if len(b) > 0 {
		switch b[0] {
		case '{':
			kind = "object"
		case '[':
			kind = "array"
		case 't', 'f':
			kind = "bool"
		case 'n':
			kind = "null"
		}
	}
	return &json.UnmarshalTypeError{Value: kind, Type: decimalType}
}

var decimalType = reflect.TypeFor[Decimal]()

var decimalPattern = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// check returns the decimal's text if it is a non-negative decimal with at most 15 digits
// before the point and 6 after, which is more than any amount of money needs.
func (d Decimal) check(field string) (string, *Problem) {
	s := string(d)
	switch {
	case !decimalPattern.MatchString(s):
		return "", invalid(field, "%s must be a decimal such as \"128.50\", not %q", field, s)
	case strings.HasPrefix(s, "-"):
		return "", invalid(field, "%s must not be negative, got %s", field, s)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(strings.TrimLeft(whole, "0")) > 15 || len(frac) > 6 {
		return "", invalid(field, "%s %s is out of range: at most 15 digits before the point and 6 after", field, s)
	}
	return s, nil
}

// timestamp parses an RFC 3339 time; "" is the zero time.
func timestamp(field, s string) (time.Time, *Problem) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, invalid(field, "%s must be an RFC 3339 time such as \"2026-11-21T09:30:00+08:00\", not %q", field, s)
	}
	return t, nil
}

// identifier checks an id sent by the client: present, short, no control characters.
func identifier(field, s string, required bool) *Problem {
	switch {
	case s == "" && required:
		return invalid(field, "%s is required", field)
	case len(s) > 200:
		return invalid(field, "%s is %d bytes long; at most 200", field, len(s))
	case strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }):
		return invalid(field, "%s must not contain control characters", field)
	case !utf8.ValidString(s):
		return invalid(field, "%s must be UTF-8 text", field)
	}
	return nil
}

// pathID is the {id} of the request's path. A malformed one (empty, over 200 bytes, with
// control characters such as NUL) is a 400 before anything else happens.
func pathID(r *http.Request) (string, *Problem) {
	id := r.PathValue("id")
	if pr := identifier("id", id, true); pr != nil {
		return "", badRequest("id", "the id in the path: %s", pr.Detail)
	}
	return id, nil
}
