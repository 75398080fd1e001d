// Command netcheck opens one TCP connection and says whether it was accepted: the end-to-end
// suite runs it in pods of chosen namespaces to see what a NetworkPolicy lets through. It
// exits 0 when the connection opens and 1 when it is refused or times out.
//
//	netcheck HOST:PORT
package main

import (
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: netcheck HOST:PORT")
		os.Exit(2)
	}
	c, err := net.DialTimeout("tcp", os.Args[1], 5*time.Second)
	if err != nil {
		fmt.Println("closed:", err)
		os.Exit(1)
	}
	_ = c.Close()
	fmt.Println("open:", os.Args[1])
}
