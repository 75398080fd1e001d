// Command netcheck says whether a TCP connection to an address opens: the end-to-end suite
// runs it in pods of chosen namespaces to see what a NetworkPolicy lets through. It tries
// again every half second for up to SECONDS (default 20): a policy engine admits a new pod
// only once it has seen the pod's address, a moment after the pod starts. It exits 0 when a
// connection opens and 1 when none did.
//
//	netcheck HOST:PORT [SECONDS]
package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"time"
)

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		fmt.Fprintln(os.Stderr, "usage: netcheck HOST:PORT [SECONDS]")
		os.Exit(2)
	}
	seconds := 20
	if len(os.Args) == 3 {
		n, err := strconv.Atoi(os.Args[2])
		if err != nil || n < 1 {
			fmt.Fprintln(os.Stderr, "SECONDS must be a whole number above 0")
			os.Exit(2)
		}
		seconds = n
	}
	deadline := time.Now().Add(time.Duration(seconds) * time.Second)
	for {
		c, err := net.DialTimeout("tcp", os.Args[1], 2*time.Second)
		if err == nil {
			_ = c.Close()
			fmt.Println("open:", os.Args[1])
			return
		}
		if time.Now().After(deadline) {
			fmt.Println("closed:", err)
			os.Exit(1)
		}
		time.Sleep(500 * time.Millisecond)
	}
}
