package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/prometheus/procfs"
)

// procFS is /proc, where every figure of CPU time and memory comes from; run stops at the start
// when it cannot be opened.
var procFS, procFSErr = procfs.NewDefaultFS()

// userHZ is the unit of the CPU times in /proc/PID/stat that procfs's CPUTime divides by:
// USER_HZ, 100 on every Linux architecture Go supports.
const userHZ = 100

// cpuSeconds is the user and system CPU time a process has used so far; with children, also
// that of its children that have exited and been waited for. It is 0 for a process that is
// gone.
func cpuSeconds(pid int, children bool) float64 {
	p, err := procFS.Proc(pid)
	if err != nil {
		return 0
	}
	s, err := p.Stat()
	if err != nil {
		return 0
	}
	return statSeconds(s, children)
}

func statSeconds(s procfs.ProcStat, children bool) float64 {
	t := s.CPUTime()
	if children {
		t += float64(s.CUTime+s.CSTime) / userHZ
	}
	return t
}

// processes are the ones whose CPU time is reported: the manager, the control plane (this
// program's kube-apiserver and etcd children) and PostgreSQL (the postmaster and its
// backends).
type processes struct{ manager, postmaster int }

type cpuUse struct{ manager, apiserver, etcd, postgres, machineBusy, machineAll float64 }

func (p processes) snapshot() cpuUse {
	u := cpuUse{manager: cpuSeconds(p.manager, false)}
	self := os.Getpid()
	all, _ := procFS.AllProcs()
	for _, proc := range all {
		s, err := proc.Stat()
		if err != nil {
			continue
		}
		switch {
		case proc.PID == p.postmaster:
			// The backends that have ended count through the postmaster, which waits for them.
			u.postgres += statSeconds(s, true)
		case s.PPID == p.postmaster:
			u.postgres += statSeconds(s, false)
		case s.PPID == self:
			exe, _ := proc.Executable()
			switch filepath.Base(exe) {
			case "kube-apiserver":
				u.apiserver += statSeconds(s, false)
			case "etcd":
				u.etcd += statSeconds(s, false)
			}
		}
	}
	// The machine's time is that of the eight states of /proc/stat's "cpu" line before guest
	// time, which user time already includes; idle and iowait are the ones not busy.
	if st, err := procFS.Stat(); err == nil {
		c := st.CPUTotal
		u.machineBusy = c.User + c.Nice + c.System + c.IRQ + c.SoftIRQ + c.Steal
		u.machineAll = u.machineBusy + c.Idle + c.Iowait
	}
	return u
}

func (u cpuUse) minus(v cpuUse) cpuUse {
	return cpuUse{u.manager - v.manager, u.apiserver - v.apiserver, u.etcd - v.etcd, u.postgres - v.postgres,
		u.machineBusy - v.machineBusy, u.machineAll - v.machineAll}
}

// residentKB is a process's peak resident memory (VmHWM) and its resident memory now (VmRSS),
// in kB; -1 each for a process that is gone or going.
func residentKB(pid int) (peak, now int64) {
	p, err := procFS.Proc(pid)
	if err != nil {
		return -1, -1
	}
	s, err := p.NewStatus()
	// One that has exited but not been waited for has no memory lines, which procfs reads as 0.
	if err != nil || s.VmHWM == 0 {
		return -1, -1
	}
	return int64(s.VmHWM / 1024), int64(s.VmRSS / 1024)
}

// sampler records the manager's resident memory and its PostgreSQL connections over time.
type sampler struct {
	pid   int
	pgDSN string
	db    string

	mu         sync.Mutex
	peakRSS    int64 // kB
	peakConns  int
	peakActive int
	pgErr      error
}

func (s *sampler) run(ctx context.Context) {
	conn, err := pgx.Connect(ctx, s.pgDSN)
	if err != nil {
		s.mu.Lock()
		s.pgErr = err
		s.mu.Unlock()
	} else {
		defer conn.Close(context.Background())
	}
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		_, rss := residentKB(s.pid)
		var total, active int
		var qerr error
		if conn != nil {
			// This connection is to another database, so it is not counted.
			qerr = conn.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE state = 'active')
				FROM pg_stat_activity WHERE datname = $1`, s.db).Scan(&total, &active)
		}
		s.mu.Lock()
		if qerr != nil && ctx.Err() == nil {
			s.pgErr = qerr
		}
		s.peakRSS = max(s.peakRSS, rss)
		s.peakConns = max(s.peakConns, total)
		s.peakActive = max(s.peakActive, active)
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *sampler) peaks() (rssKB int64, conns, active int, pgErr error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peakRSS, s.peakConns, s.peakActive, s.pgErr
}

func mib(kb int64) string {
	if kb < 0 {
		return "?"
	}
	return fmt.Sprintf("%.0f MiB", float64(kb)/1024)
}

func loadAverage() string {
	l, err := procFS.LoadAvg()
	if err != nil {
		return "?"
	}
	// As /proc/loadavg writes them.
	return fmt.Sprintf("%.2f %.2f %.2f", l.Load1, l.Load5, l.Load15)
}

// numCPU counts the processors /proc/cpuinfo lists.
func numCPU() int {
	cpus, _ := procFS.CPUInfo()
	return len(cpus)
}
