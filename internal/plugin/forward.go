package plugin

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"time"
)

// forwarder opens a local address that reaches port of a pod: a port-forward, which goes
// through the API server and the pod's kubelet into the pod, where the program's
// NetworkPolicy (which admits only pods of its namespace) does not apply.
type forwarder interface {
	forward(ctx context.Context, namespace, pod string, port int) (addr string, stop func(), err error)
}

// kubectlForwarder port-forwards with `kubectl port-forward`, as the user, with the
// connection flags they gave. (client-go's tools/portforward would do it in-process, but needs
// modules that this module's go.sum does not hold.)
type kubectlForwarder struct {
	kubectl string
	kube    *kubeFlags
	wait    time.Duration // for the port-forward to listen
}

var forwarding = regexp.MustCompile(`^Forwarding from 127\.0\.0\.1:(\d+) -> `)

func (f *kubectlForwarder) forward(ctx context.Context, namespace, pod string, port int) (string, func(), error) {
	args := append(f.kube.kubectlArgs(), "--namespace="+namespace, "port-forward", "pod/"+pod, "--address=127.0.0.1", fmt.Sprintf(":%d", port))
	cmd := exec.Command(f.kubectl, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, fs.ErrNotExist) {
			return "", nil, failed("no kubectl", "the ledger is reached with kubectl port-forward, and %q is not found: put kubectl on PATH or pass --kubectl", f.kubectl)
		}
		return "", nil, failed("no kubectl", "starting %s port-forward: %v", f.kubectl, err)
	}
	listening := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() { // read to the end, so that kubectl never blocks on a full pipe
			if m := forwarding.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case listening <- "127.0.0.1:" + m[1]:
				default:
				}
			}
		}
	}()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		_ = cmd.Process.Kill() // the kubectl this started, by its process
		<-exited
	}
	timer := time.NewTimer(f.wait)
	defer timer.Stop()
	select {
	case addr := <-listening:
		return addr, stop, nil
	case <-exited:
		return "", nil, portForwardFailed(namespace, pod, stderr.String())
	case <-timer.C:
		stop()
		return "", nil, failed("port-forward timed out", "kubectl port-forward to pod %s in namespace %s did not listen within %s: %s", pod, namespace, f.wait, strings.TrimSpace(stderr.String()))
	case <-ctx.Done():
		stop()
		return "", nil, ctx.Err()
	}
}

// portForwardFailed says why kubectl port-forward ended, from what it printed.
func portForwardFailed(namespace, pod, stderr string) error {
	msg := strings.TrimSpace(stderr)
	if strings.Contains(strings.ToLower(msg), "forbidden") {
		return &refusal{what: fmt.Sprintf("port-forward to pod %s in namespace %s", pod, namespace), verb: "create pods/portforward",
			advice: "ask for it, or reach the ledger from a pod of the namespace"}
	}
	return failed("port-forward failed", "kubectl port-forward to pod %s in namespace %s: %s", pod, namespace, msg)
}

// lockedBuffer is a buffer that kubectl writes to while it is read.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() > 64<<10 {
		return len(p), nil // enough to say why
	}
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
