package testenv

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// childrenRunning returns the PIDs of this process's children whose executable lives in dir.
func childrenRunning(dir string) []int {
	var pids []int
	self := strconv.Itoa(os.Getpid())
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ")".
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) < 2 || fields[1] != self {
			continue
		}
		if exe, err := os.Readlink(filepath.Join("/proc", e.Name(), "exe")); err == nil && filepath.Dir(exe) == filepath.Clean(dir) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// stopWithThisProcess starts a watchdog, in a session of its own, that kills pids once this
// process has exited. A test binary killed by a timeout or SIGKILL never runs its cleanup; the
// servers it started must not outlive it.
func stopWithThisProcess(dir string, pids []int) error {
	if len(pids) == 0 {
		return nil
	}
	list := make([]string, len(pids))
	for i, p := range pids {
		list[i] = strconv.Itoa(p)
	}
	// A PID is signalled only while it still runs a program from dir, so that a PID reused
	// after a normal shutdown is left alone.
	script := `owner=$1 dir=$2; shift 2
while kill -0 "$owner" 2>/dev/null; do sleep 2; done
ours() { for p in "$@"; do [ "$(dirname "$(readlink /proc/$p/exe 2>/dev/null)")" = "$dir" ] && echo "$p"; done; }
pids=$(ours "$@"); [ -n "$pids" ] && kill -TERM $pids 2>/dev/null && sleep 5
pids=$(ours "$@"); [ -n "$pids" ] && kill -KILL $pids 2>/dev/null; exit 0`
	cmd := exec.Command("bash", append([]string{"-c", script, "testenv-watchdog", strconv.Itoa(os.Getpid()), filepath.Clean(dir)}, list...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start watchdog: %w", err)
	}
	// The watchdog is not waited for: it lives exactly as long as this process plus a moment.
	return cmd.Process.Release()
}
