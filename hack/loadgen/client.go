package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// client is one worker's keep-alive HTTP/1.1 connection to the API. The load generator
// shares the machine with the server it measures, so it spends as little as it can per
// request: it writes each request itself, in one write, and reads the response with
// http.ReadResponse, with none of net/http's transport goroutines in between.
type client struct {
	addr, host, auth string
	deadline         time.Time
	conn             net.Conn
	r                *bufio.Reader
	buf              []byte
}

// newClient returns a client of the API at base (an http:// URL) that stops at deadline.
func newClient(base, token string, deadline time.Time) (*client, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" {
		return nil, fmt.Errorf("-url %s: only http:// is supported", base)
	}
	addr := u.Host
	if u.Port() == "" {
		addr = net.JoinHostPort(u.Hostname(), "80")
	}
	c := &client{addr: addr, host: u.Host, deadline: deadline}
	if token != "" {
		c.auth = "Authorization: Bearer " + token + "\r\n"
	}
	return c, nil
}

// do sends a request and reads its response whole. It returns the status, or an error after
// which the connection is dropped and the next request dials again.
func (c *client) do(method, path string, body []byte) (int, error) {
	if c.conn == nil {
		conn, err := net.DialTimeout("tcp", c.addr, 5*time.Second)
		if err != nil {
			return 0, err
		}
		_ = conn.SetDeadline(c.deadline)
		c.conn, c.r = conn, bufio.NewReaderSize(conn, 16<<10)
	}
	b := append(c.buf[:0], method...)
	b = append(b, ' ')
	b = append(b, path...)
	b = append(b, " HTTP/1.1\r\nHost: "...)
	b = append(b, c.host...)
	b = append(b, "\r\n"...)
	b = append(b, c.auth...)
	if body != nil {
		b = append(b, "Content-Type: application/json\r\nContent-Length: "...)
		b = strconv.AppendInt(b, int64(len(body)), 10)
		b = append(b, "\r\n"...)
	}
	b = append(b, "\r\n"...)
	b = append(b, body...)
	c.buf = b
	if _, err := c.conn.Write(b); err != nil {
		c.close()
		return 0, err
	}
	resp, err := http.ReadResponse(c.r, nil)
	if err != nil {
		c.close()
		return 0, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil || resp.Close {
		c.close()
	}
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func (c *client) close() {
	if c.conn != nil {
		_ = c.conn.Close()
		c.conn = nil
	}
}

// Request bodies are appended as JSON directly: ids, members, types and amounts are plain
// ASCII that needs no escaping.

func appendMember(b []byte, n int) []byte {
	return strconv.AppendInt(append(b, "m-"...), int64(n), 10)
}

// appendHead opens an object with its id (run, sep, n) and member.
func appendHead(b []byte, run int64, sep string, n int64, member int) []byte {
	b = append(b, `{"id":"`...)
	b = strconv.AppendInt(b, run, 10)
	b = append(b, sep...)
	b = strconv.AppendInt(b, n, 10)
	b = append(b, `","member":"`...)
	return appendMember(b, member)
}

// appendEvent appends one event: a purchase when amountCents is positive, else an event of typ.
func appendEvent(b []byte, run, id int64, member int, typ string, amountCents int) []byte {
	b = appendHead(b, run, "-", id, member)
	b = append(b, `","type":"`...)
	b = append(b, typ...)
	if amountCents > 0 {
		b = append(b, `","amount":"`...)
		b = strconv.AppendInt(b, int64(amountCents/100), 10)
		b = append(b, '.', byte('0'+amountCents/10%10), byte('0'+amountCents%10))
	}
	return append(b, `"}`...)
}

func appendRedemption(b []byte, run, id int64, member int, sku string) []byte {
	b = appendHead(b, run, "-r", id, member)
	b = append(b, `","sku":"`...)
	b = append(b, sku...)
	return append(b, `"}`...)
}
