package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// manager is `tally manager` running as a child process.
type manager struct {
	cmd         *exec.Cmd
	logPath     string
	metricsAddr string
	done        chan struct{}
	stopOnce    sync.Once
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// startManager runs the manager as it runs in a cluster, but on loopback ports, with plain
// HTTP metrics (scraped at the end) and without leader election: one replica runs, and a
// lease needs the in-cluster namespace. It returns once all four controllers have workers.
func startManager(ctx context.Context, bin, kubeconfig, dir string) (*manager, error) {
	metricsAddr, err := freePort()
	if err != nil {
		return nil, err
	}
	probeAddr, err := freePort()
	if err != nil {
		return nil, err
	}
	logPath := filepath.Join(dir, "manager.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "manager", "--metrics-bind-address="+metricsAddr, "--metrics-secure=false",
		"--health-probe-bind-address="+probeAddr, "--ledger-image=registry.example/tally:scale")
	cmd.Env = append(os.Environ(), "KUBECONFIG="+kubeconfig)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// A process group of its own keeps a terminal's Ctrl-C from reaching it before this
	// program has taken its measurements; the parent-death signal stops it if this program is
	// killed outright.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, err
	}
	m := &manager{cmd: cmd, logPath: logPath, metricsAddr: metricsAddr, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); logFile.Close(); close(m.done) }()

	deadline := time.Now().Add(60 * time.Second)
	for {
		if n := strings.Count(readFile(logPath), `"msg":"Starting workers"`); n >= 4 {
			if resp, err := http.Get("http://" + probeAddr + "/readyz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return m, nil
				}
			}
		}
		select {
		case <-m.done:
			return nil, fmt.Errorf("manager exited at start: %s\n%s", cmd.ProcessState, tail(readFile(logPath), 20))
		case <-ctx.Done():
			m.stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			m.stop()
			return nil, fmt.Errorf("manager not started within a minute:\n%s", tail(readFile(logPath), 20))
		}
	}
}

// stop sends SIGTERM to the manager's PID and SIGKILL if it has not exited 40 s later.
func (m *manager) stop() {
	m.stopOnce.Do(func() {
		_ = m.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-m.done:
		case <-time.After(40 * time.Second):
			_ = m.cmd.Process.Kill()
			<-m.done
		}
	})
}

// metrics scrapes the manager's Prometheus metrics. A scrape that fails shows as no metrics (or
// those read before the error), with the error on stderr, so that the report still prints.
func (m *manager) metrics() families {
	f, err := m.scrape()
	if err != nil {
		fmt.Fprintln(os.Stderr, "scale: manager metrics:", err)
	}
	return f
}

func (m *manager) scrape() (families, error) {
	req, err := http.NewRequest(http.MethodGet, "http://"+m.metricsAddr+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", scrapeAccept)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return decodeMetrics(resp.Body, resp.Header.Get("Content-Type"))
}

func readFile(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
