package controllers

import (
	"context"
	"fmt"
	"strings"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/log"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/export"
)

// exportStatus shows on each PointsProgram with export sinks how they are doing, every
// interval: the ledger's dispatcher records it in the program's database, and this reads it
// back. It runs apart from the reconciler, so that the status stays fresh without a whole
// pass over the program every interval.
type exportStatus struct {
	r        *PointsProgramReconciler
	interval time.Duration
}

// NeedLeaderElection: one manager refreshes the status, the one that reconciles.
func (e exportStatus) NeedLeaderElection() bool { return true }

func (e exportStatus) Start(ctx context.Context) error {
	t := time.NewTicker(e.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		var list v1alpha1.PointsProgramList
		if err := e.r.List(ctx, &list); err != nil {
			log.FromContext(ctx).Error(err, "list programs for their export status")
			continue
		}
		for i := range list.Items {
			p := &list.Items[i]
			if len(p.Spec.Export.Sinks) == 0 && len(p.Status.Export) == 0 || p.DeletionTimestamp != nil || p.Status.Schema == "" {
				continue
			}
			if err := e.r.refreshExport(ctx, p); err != nil {
				log.FromContext(ctx).Error(err, "export status", "program", client.ObjectKeyFromObject(p))
			}
		}
	}
}

// refreshExport reads the program's sinks' status from its database and patches it, with the
// ExportHealthy condition, onto the PointsProgram; an Event marks each sink that starts or
// stops failing.
func (r *PointsProgramReconciler) refreshExport(ctx context.Context, p *v1alpha1.PointsProgram) error {
	base := p.DeepCopy()
	if len(p.Spec.Export.Sinks) == 0 {
		p.Status.Export = nil
		meta.RemoveStatusCondition(&p.Status.Conditions, v1alpha1.ConditionExportHealthy)
		return r.Status().Patch(ctx, p, client.MergeFromWithOptions(base, client.MergeFromWithOptimisticLock{}))
	}
	admin, prob, err := r.adminURI(ctx, p)
	if err != nil || prob != nil {
		return err // the reconciler reports a database it cannot reach
	}
	st := &programState{p: p, adminURI: admin.uri, db: dbProgram(p)}
	defer st.pass.close()
	pool, err := r.programPool(ctx, st)
	if err != nil {
		return err
	}
	j, err := export.NewJournal(pool, st.db.Schema)
	if err != nil {
		return err
	}
	statuses, err := j.Status(ctx, time.Now())
	if err != nil {
		return err
	}
	byName := map[string]export.SinkStatus{}
	for _, s := range statuses {
		byName[s.Name] = s
	}
	was := map[string]bool{}
	for _, s := range base.Status.Export {
		was[s.Name] = s.Failing
	}
	p.Status.Export = nil
	var failing []string
	for _, sink := range p.Spec.Export.Sinks {
		s := byName[sink.Name]
		out := v1alpha1.ExportSinkStatus{Name: sink.Name, Delivered: s.Delivered, Lag: metav1.Duration{Duration: s.Lag.Round(time.Second)},
			Failing: s.Failing, LastError: s.LastError, DeadLetters: s.DeadLetters}
		if s.LastDelivered != nil {
			t := metav1.NewTime(*s.LastDelivered)
			out.LastDelivered = &t
		}
		p.Status.Export = append(p.Status.Export, out)
		switch {
		case s.Failing:
			failing = append(failing, fmt.Sprintf("%s (since %s: %s)", sink.Name, s.FailingSince.UTC().Format(time.RFC3339), s.LastError))
			if !was[sink.Name] {
				r.Recorder.Eventf(p, nil, corev1.EventTypeWarning, "ExportSinkFailing", "Export", "sink %s is failing: %s", sink.Name, s.LastError)
			}
		case was[sink.Name]:
			r.Recorder.Eventf(p, nil, corev1.EventTypeNormal, "ExportSinkRecovered", "Export", "sink %s accepts changes again", sink.Name)
		}
	}
	if len(failing) > 0 {
		r.setCondition(p, v1alpha1.ConditionExportHealthy, metav1.ConditionFalse, v1alpha1.ReasonSinkFailing, "failing: %s; the changes wait in the journal", strings.Join(failing, "; "))
	} else {
		r.setCondition(p, v1alpha1.ConditionExportHealthy, metav1.ConditionTrue, v1alpha1.ReasonDelivering, "%d sinks delivering", len(p.Spec.Export.Sinks))
	}
	// The conditions are patched as a whole list: a copy older than the reconciler's last
	// write must not put its conditions back. A conflict waits for the next refresh.
	err = r.Status().Patch(ctx, p, client.MergeFromWithOptions(base, client.MergeFromWithOptimisticLock{}))
	if apierrors.IsConflict(err) {
		return nil
	}
	return err
}
