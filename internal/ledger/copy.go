package ledger

import (
	"bytes"
	"context"
	"encoding/binary"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// A large batch appends its new rows (postings with their entries, lots, idempotency records)
// with COPY in PostgreSQL's binary format. COPY fills a heap page with one WAL record where
// INSERT writes one per row, and needs no unnest of column arrays into a tuplestore first: in
// batches of 1,000 events the two were about a tenth of the database server's time. copyRows
// writes the format directly, column by column, in the types the table declares.

// copyRows builds the binary COPY data of rows of a fixed number of columns.
type copyRows struct {
	buf  []byte
	cols int16
}

// pgEpoch is where PostgreSQL's binary timestamps count microseconds from, in Unix
// microseconds.
var pgEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).UnixMicro()

func newCopyRows(cols int16, rows, rowBytes int) *copyRows {
	c := &copyRows{cols: cols, buf: make([]byte, 0, 19+rows*(2+int(cols)*4+rowBytes)+2)}
	c.buf = append(c.buf, "PGCOPY\n\xff\r\n\x00"...)
	c.buf = binary.BigEndian.AppendUint32(c.buf, 0) // flags
	c.buf = binary.BigEndian.AppendUint32(c.buf, 0) // header extension length
	return c
}

// row starts a row; the caller then appends exactly cols values.
func (c *copyRows) row() { c.buf = binary.BigEndian.AppendUint16(c.buf, uint16(c.cols)) }

func (c *copyRows) null() { c.buf = binary.BigEndian.AppendUint32(c.buf, 0xffffffff) }

func (c *copyRows) text(s string) {
	c.buf = binary.BigEndian.AppendUint32(c.buf, uint32(len(s)))
	c.buf = append(c.buf, s...)
}

// textOrNull writes an empty string as NULL.
func (c *copyRows) textOrNull(s string) {
	if s == "" {
		c.null()
		return
	}
	c.text(s)
}

func (c *copyRows) bytea(b []byte) {
	c.buf = binary.BigEndian.AppendUint32(c.buf, uint32(len(b)))
	c.buf = append(c.buf, b...)
}

// jsonb writes JSON text as jsonb: a version byte, then the text.
func (c *copyRows) jsonb(b []byte) {
	c.buf = binary.BigEndian.AppendUint32(c.buf, uint32(len(b)+1))
	c.buf = append(c.buf, 1)
	c.buf = append(c.buf, b...)
}

func (c *copyRows) int64(v int64) {
	c.buf = binary.BigEndian.AppendUint32(c.buf, 8)
	c.buf = binary.BigEndian.AppendUint64(c.buf, uint64(v))
}

func (c *copyRows) int16(v int16) {
	c.buf = binary.BigEndian.AppendUint32(c.buf, 2)
	c.buf = binary.BigEndian.AppendUint16(c.buf, uint16(v))
}

func (c *copyRows) bool(v bool) {
	c.buf = binary.BigEndian.AppendUint32(c.buf, 1)
	if v {
		c.buf = append(c.buf, 1)
	} else {
		c.buf = append(c.buf, 0)
	}
}

func (c *copyRows) timestamptz(t time.Time) {
	c.buf = binary.BigEndian.AppendUint32(c.buf, 8)
	c.buf = binary.BigEndian.AppendUint64(c.buf, uint64(t.UnixMicro()-pgEpoch))
}

// texts writes a text[] of n elements, element i being at(i).
func (c *copyRows) texts(n int, at func(int) string) {
	field := c.startArray(n, pgtype.TextOID)
	for i := range n {
		c.text(at(i))
	}
	c.endArray(field)
}

// int64s writes a bigint[] of n elements, element i being at(i).
func (c *copyRows) int64s(n int, at func(int) int64) {
	field := c.startArray(n, pgtype.Int8OID)
	for i := range n {
		c.int64(at(i))
	}
	c.endArray(field)
}

// startArray begins an array value: its length, which endArray sets once the elements are
// written, and the header of a one-dimensional array. An element is written as a field is.
func (c *copyRows) startArray(n int, elem uint32) (field int) {
	field = len(c.buf)
	c.buf = append(c.buf, 0, 0, 0, 0)
	c.buf = arrayHeader(c.buf, n, elem)
	return field
}

func (c *copyRows) endArray(field int) {
	binary.BigEndian.PutUint32(c.buf[field:], uint32(len(c.buf)-field-4))
}

// send runs sql, a COPY ... FROM STDIN (FORMAT binary), with the rows.
func (c *copyRows) send(ctx context.Context, tx pgx.Tx, sql string) error {
	c.buf = binary.BigEndian.AppendUint16(c.buf, 0xffff) // trailer
	_, err := tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(c.buf), sql)
	return err
}

// copyFrom is the number of postings from which a batch writes its new rows with COPY.
const copyFrom = 64
