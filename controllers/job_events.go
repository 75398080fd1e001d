package controllers

import (
	"context"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/tools/events"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/builder"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/resources"
)

// JobEvents records, on a program, how each run of its jobs ended: the expiry and tier review
// CronJobs' Jobs and its migration Jobs. kubectl describe pointsprogram then shows the last
// runs and, for a failed one, where its log is. It only reads Jobs; the cache holds those
// Tally labels.
type JobEvents struct {
	client.Client
	Recorder events.EventRecorder
}

func (r *JobEvents) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var job batchv1.Job
	if err := r.Get(ctx, req.NamespacedName, &job); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	program := types.NamespacedName{Namespace: job.Namespace, Name: job.Labels[resources.ProgramLabel]}
	if ns := job.Labels[resources.ProgramNamespaceLabel]; ns != "" {
		program.Namespace = ns // a migration Job in the operator's namespace
	}
	if program.Name == "" {
		return ctrl.Result{}, nil
	}
	var p v1alpha1.PointsProgram
	if err := r.Get(ctx, program, &p); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	for _, c := range job.Status.Conditions {
		if c.Status != corev1.ConditionTrue {
			continue
		}
		switch c.Type {
		case batchv1.JobFailed:
			r.Recorder.Eventf(&p, nil, corev1.EventTypeWarning, "JobFailed", "Run", "Job %s (%s) failed: %s: %s; kubectl logs -n %s job/%s says why",
				job.Name, job.Labels["app.kubernetes.io/component"], c.Reason, c.Message, job.Namespace, job.Name)
		case batchv1.JobComplete:
			r.Recorder.Eventf(&p, nil, corev1.EventTypeNormal, "JobSucceeded", "Run", "Job %s (%s) succeeded", job.Name, job.Labels["app.kubernetes.io/component"])
		}
	}
	return ctrl.Result{}, nil
}

// SetupWithManager watches Tally's Jobs for their end.
func (r *JobEvents) SetupWithManager(mgr ctrl.Manager) error {
	return ctrl.NewControllerManagedBy(mgr).
		For(&batchv1.Job{}, builder.WithPredicates(jobEnded{})).
		Named("jobevents").
		Complete(r)
}
