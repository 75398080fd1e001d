package ledger

import (
	"encoding/binary"
	"slices"

	"github.com/jackc/pgx/v5/pgtype"
)

// A batch sends its rows as arrays, one per column: a thousand events make a dozen arrays of
// a thousand elements and more. pgx encodes an array element by element through interfaces
// (each string boxed, its type looked up); for the arrays the ledger sends most, text[] and
// bigint[], these codecs write PostgreSQL's binary array format directly. Every other value
// and every read goes through pgx's own array codec.

// registerArrayCodecs installs the codecs on a connection's type map.
func registerArrayCodecs(m *pgtype.Map) {
	for _, a := range []struct {
		name       string
		oid, elem  uint32
		encodePlan pgtype.EncodePlan
	}{
		{"_text", pgtype.TextArrayOID, pgtype.TextOID, encodeStrings{}},
		{"_int8", pgtype.Int8ArrayOID, pgtype.Int8OID, encodeInt64s{}},
	} {
		t, ok := m.TypeForOID(a.oid)
		if !ok {
			continue
		}
		ac, ok := t.Codec.(*pgtype.ArrayCodec)
		if !ok {
			continue
		}
		m.RegisterType(&pgtype.Type{Name: a.name, OID: a.oid, Codec: &fastArrayCodec{ArrayCodec: ac, elem: a.elem, plan: a.encodePlan}})
	}
}

// fastArrayCodec is pgx's array codec, with a direct plan for sending one Go slice type.
type fastArrayCodec struct {
	*pgtype.ArrayCodec
	elem uint32
	plan pgtype.EncodePlan
}

func (c *fastArrayCodec) PlanEncode(m *pgtype.Map, oid uint32, format int16, value any) pgtype.EncodePlan {
	if format == pgtype.BinaryFormatCode {
		switch value.(type) {
		case []string:
			if c.elem == pgtype.TextOID {
				return c.plan
			}
		case []int64:
			if c.elem == pgtype.Int8OID {
				return c.plan
			}
		}
	}
	return c.ArrayCodec.PlanEncode(m, oid, format, value)
}

// arrayHeader appends the header of a one-dimensional array of n elements without NULLs.
func arrayHeader(buf []byte, n int, elem uint32) []byte {
	buf = binary.BigEndian.AppendUint32(buf, 1) // dimensions
	buf = binary.BigEndian.AppendUint32(buf, 0) // no NULLs
	buf = binary.BigEndian.AppendUint32(buf, elem)
	buf = binary.BigEndian.AppendUint32(buf, uint32(n))
	return binary.BigEndian.AppendUint32(buf, 1) // lower bound
}

type encodeStrings struct{}

func (encodeStrings) Encode(value any, buf []byte) ([]byte, error) {
	ss := value.([]string)
	if ss == nil {
		return nil, nil // NULL, as pgx sends a nil slice
	}
	size := 20
	for _, s := range ss {
		size += 4 + len(s)
	}
	buf = slices.Grow(buf, size)
	buf = arrayHeader(buf, len(ss), pgtype.TextOID)
	for _, s := range ss {
		buf = binary.BigEndian.AppendUint32(buf, uint32(len(s)))
		buf = append(buf, s...)
	}
	return buf, nil
}

type encodeInt64s struct{}

func (encodeInt64s) Encode(value any, buf []byte) ([]byte, error) {
	ns := value.([]int64)
	if ns == nil {
		return nil, nil
	}
	buf = slices.Grow(buf, 20+12*len(ns))
	buf = arrayHeader(buf, len(ns), pgtype.Int8OID)
	for _, n := range ns {
		buf = binary.BigEndian.AppendUint32(buf, 8)
		buf = binary.BigEndian.AppendUint64(buf, uint64(n))
	}
	return buf, nil
}
