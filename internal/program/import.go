package program

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tally-operator/tally/internal/ledger"
)

// ImportChunk is how many profiles an import writes per transaction.
const ImportChunk = 1000

// ImportLine is one line of a profile import: the member's id and their profile.
type ImportLine struct {
	ID string `json:"id"`
	ProfileInput
}

// ImportError is a line an import refused.
type ImportError struct {
	Line    int    `json:"line"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// ImportReport is what an import did.
type ImportReport struct {
	Lines     int           `json:"lines"`
	Changed   int           `json:"changed"`
	Unchanged int           `json:"unchanged"`
	Refused   int           `json:"refused"`
	Errors    []ImportError `json:"errors"` // the first 100 refused lines
}

// ImportProfiles reads NDJSON profiles (one {"id": ..., profile fields} object a line) and
// sets them, ImportChunk members per transaction, as PUT does: each profile replaces the
// member's, a referrer once set stays. A line that is not a valid profile is refused and
// reported, and the others go on; checkID checks member ids as the API does. It stops at the
// first failure to write, with what it did so far.
func (p *Program) ImportProfiles(ctx context.Context, actor string, r io.Reader, checkID func(string) error) (ImportReport, error) {
	rep := ImportReport{Errors: []ImportError{}}
	refuse := func(line int, field, format string, args ...any) {
		rep.Refused++
		if len(rep.Errors) < 100 {
			rep.Errors = append(rep.Errors, ImportError{Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
		}
	}
	var chunk []ledger.ImportedProfile
	write := func() error {
		if len(chunk) == 0 {
			return nil
		}
		changed, err := p.Ledger.ImportProfiles(ctx, actor, chunk)
		rep.Changed += changed
		rep.Unchanged += len(chunk) - changed
		chunk = chunk[:0]
		return err
	}
	lines := bufio.NewScanner(r)
	lines.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var pending []int // chunk index -> line number, for referrers checked at write
	for n := 1; lines.Scan(); n++ {
		text := strings.TrimSpace(lines.Text())
		if text == "" {
			continue
		}
		rep.Lines++
		var in ImportLine
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			refuse(n, "", "not a profile: %v", err)
			continue
		}
		if err := checkID(in.ID); err != nil {
			refuse(n, "id", "%v", err)
			continue
		}
		if err := checkMember("id", in.ID); err != nil {
			refuse(n, "id", "%s", err.Message)
			continue
		}
		if err := in.check(); err != nil {
			var pe *Error
			errors.As(err, &pe)
			refuse(n, pe.Field, "%s", pe.Message)
			continue
		}
		if k := nullAttribute(in.Attributes); k != "" {
			refuse(n, "attributes."+k, "attribute values are strings")
			continue
		}
		if in.ReferredBy != nil && *in.ReferredBy == in.ID {
			refuse(n, "referredBy", "a member cannot refer themselves")
			continue
		}
		chunk = append(chunk, ledger.ImportedProfile{Member: in.ID, Profile: in.apply(ledger.Profile{}, true, nil)})
		pending = append(pending, n)
		if len(chunk) == ImportChunk {
			if err := p.checkReferrers(ctx, &chunk, &pending, refuse); err != nil {
				return rep, err
			}
			if err := write(); err != nil {
				return rep, err
			}
			pending = pending[:0]
		}
	}
	if err := lines.Err(); err != nil {
		return rep, invalid("", "reading line %d: %v", rep.Lines+1, err)
	}
	if err := p.checkReferrers(ctx, &chunk, &pending, refuse); err != nil {
		return rep, err
	}
	return rep, write()
}

// checkReferrers refuses the profiles of a chunk whose referrer is neither a member nor
// in the chunk.
func (p *Program) checkReferrers(ctx context.Context, chunk *[]ledger.ImportedProfile, lines *[]int, refuse func(int, string, string, ...any)) error {
	var refs []string
	inChunk := map[string]bool{}
	for _, c := range *chunk {
		inChunk[c.Member] = true
		if r := c.Profile.ReferredBy; r != "" {
			refs = append(refs, r)
		}
	}
	if len(refs) == 0 {
		return nil
	}
	known, err := p.Ledger.Members(ctx, refs)
	if err != nil {
		return err
	}
	kept, keptLines := (*chunk)[:0], (*lines)[:0]
	for i, c := range *chunk {
		if r := c.Profile.ReferredBy; r != "" && !known[r] && !inChunk[r] {
			refuse((*lines)[i], "referredBy", "%s is not a member of this program", r)
			continue
		}
		kept, keptLines = append(kept, c), append(keptLines, (*lines)[i])
	}
	*chunk, *lines = kept, keptLines
	return nil
}

// nullAttribute is a key of attrs whose value is null, or "".
func nullAttribute(attrs map[string]*string) string {
	for k, v := range attrs {
		if v == nil {
			return k
		}
	}
	return ""
}
