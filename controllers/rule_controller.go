package controllers

import (
	"context"
	"fmt"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/equality"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/tools/events"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/builder"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/event"
	"sigs.k8s.io/controller-runtime/pkg/handler"
	"sigs.k8s.io/controller-runtime/pkg/predicate"
	"sigs.k8s.io/controller-runtime/pkg/reconcile"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/ruleset"
)

// ruleObject is an EarnRule, TierPolicy or RedemptionCatalog: a part of a program's rules.
type ruleObject interface {
	client.Object
	*v1alpha1.EarnRule | *v1alpha1.TierPolicy | *v1alpha1.RedemptionCatalog
	programMember
}

// programMember is what the three rule kinds share: the program they name, and the status
// that says whether their generation is in effect.
type programMember interface {
	GetProgramRef() v1alpha1.ProgramReference
	RuleStatus() (*v1alpha1.CommonStatus, *string)
}

// programOf is the program o names, or "" when o is not a part of a program's rules.
func programOf(o client.Object) string {
	if m, ok := o.(programMember); ok {
		return m.GetProgramRef().Name
	}
	return ""
}

// RuleReconciler reports, on each EarnRule, TierPolicy or RedemptionCatalog, whether its
// current generation is in effect: it compiles the object's program as the program's
// reconciler does, puts the errors that concern the object (with their field paths) in its
// status, and is Ready once the program has published the rule set that includes it.
type RuleReconciler[T ruleObject] struct {
	client.Client
	Kind string
	New  func() T
	// Recorder records, on the object, when it comes into effect and when its spec stops
	// compiling: what kubectl describe shows under Events.
	Recorder events.EventRecorder
	// compiler compiles the program's rule set, shared with the program's reconciler.
	compiler *compiler
}

func (r *RuleReconciler[T]) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	obj := r.New()
	if err := r.Get(ctx, req.NamespacedName, obj); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	if obj.GetDeletionTimestamp() != nil {
		return ctrl.Result{}, nil
	}
	base := obj.DeepCopyObject().(T)
	programName := obj.GetProgramRef().Name
	status, version := obj.RuleStatus()
	set := func(s metav1.ConditionStatus, reason, format string, args ...any) {
		meta.SetStatusCondition(&status.Conditions, metav1.Condition{Type: v1alpha1.ConditionReady, Status: s, Reason: reason,
			Message: fmt.Sprintf(format, args...), ObservedGeneration: obj.GetGeneration()})
	}

	p := &v1alpha1.PointsProgram{}
	err := r.Get(ctx, types.NamespacedName{Namespace: obj.GetNamespace(), Name: programName}, p)
	switch {
	case client.IgnoreNotFound(err) != nil:
		return ctrl.Result{}, err
	case err != nil:
		*version = ""
		set(metav1.ConditionFalse, v1alpha1.ReasonProgramNotFound, "PointsProgram %q (spec.programRef.name) does not exist in namespace %s", programName, obj.GetNamespace())
	default:
		in, err := programInput(ctx, r.Client, p)
		if err != nil {
			return ctrl.Result{}, err
		}
		rs, errs := r.compiler.compile(in)
		var mine []ruleset.FieldError
		for _, e := range errs {
			if e.Kind == r.Kind && e.Name == obj.GetName() {
				mine = append(mine, e)
			}
		}
		switch {
		case len(mine) > 0:
			*version = ""
			set(metav1.ConditionFalse, v1alpha1.ReasonInvalidSpec, "%s", describeErrors(mine, false))
		case len(errs) > 0:
			*version = ""
			set(metav1.ConditionFalse, v1alpha1.ReasonProgramRulesInvalid, "not published: other objects of program %s have errors: %s", p.Name, describeErrors(errs, true))
		case p.Status.RulesetVersion == rs.Version:
			*version = rs.Version
			set(metav1.ConditionTrue, v1alpha1.ReasonPublished, "in effect in rule set %s of program %s", rs.Version, p.Name)
		default:
			*version = rs.Version
			set(metav1.ConditionFalse, v1alpha1.ReasonPublishing, "waiting for program %s to publish rule set %s", p.Name, rs.Version)
		}
	}
	// Publishing is progress, not failure: kstatus (Flux) and the Argo CD health checks read
	// Reconciling True as in progress. A spec that does not compile will not get anywhere
	// until it changes: Stalled True, which kstatus reads as failed (the Argo CD checks read
	// Ready False alone as Degraded).
	ready := meta.FindStatusCondition(status.Conditions, v1alpha1.ConditionReady)
	also := func(kind string, on bool) {
		if !on {
			meta.RemoveStatusCondition(&status.Conditions, kind)
			return
		}
		meta.SetStatusCondition(&status.Conditions, metav1.Condition{Type: kind, Status: metav1.ConditionTrue,
			Reason: ready.Reason, Message: ready.Message, ObservedGeneration: obj.GetGeneration()})
	}
	also(v1alpha1.ConditionReconciling, ready.Reason == v1alpha1.ReasonPublishing)
	also(v1alpha1.ConditionStalled, ready.Reason == v1alpha1.ReasonInvalidSpec)
	status.ObservedGeneration = obj.GetGeneration()
	// A catalog shows its number of items (the Items column of kubectl get).
	itemsChanged := false
	if c, ok := any(obj).(*v1alpha1.RedemptionCatalog); ok {
		n := int32(len(c.Spec.Items))
		itemsChanged, c.Status.ItemCount = c.Status.ItemCount != n, n
	}
	// Most passes find what the status already says (a program's rules are re-checked
	// whenever the program or a sibling changes); an empty patch would still cost the API
	// server a request.
	if baseStatus, baseVersion := base.RuleStatus(); !itemsChanged && equality.Semantic.DeepEqual(status, baseStatus) && *version == *baseVersion {
		return ctrl.Result{}, nil
	}
	if err := r.Status().Patch(ctx, obj, client.MergeFrom(base)); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	r.recordChange(obj, base, ready, *version)
	return ctrl.Result{}, nil
}

// SetupWithManager watches the kind and the programs: a program that publishes a new rule
// set makes its objects Ready.
func (r *RuleReconciler[T]) SetupWithManager(mgr ctrl.Manager, list func() client.ObjectList) error {
	// requests are this kind's objects of one program.
	requests := func(ctx context.Context, namespace, program string) []reconcile.Request {
		l := list()
		if err := mgr.GetClient().List(ctx, l, client.InNamespace(namespace), client.MatchingFields{programRefField: program}); err != nil {
			return nil
		}
		var reqs []reconcile.Request
		_ = meta.EachListItem(l, func(item runtime.Object) error {
			reqs = append(reqs, reconcile.Request{NamespacedName: client.ObjectKeyFromObject(item.(client.Object))})
			return nil
		})
		return reqs
	}
	fromProgram := handler.EnqueueRequestsFromMapFunc(func(ctx context.Context, o client.Object) []reconcile.Request {
		return requests(ctx, o.GetNamespace(), o.GetName())
	})
	// Objects of the same program depend on each other (group names, one TierPolicy): a
	// change to one re-checks the others.
	sibling := handler.EnqueueRequestsFromMapFunc(func(ctx context.Context, o client.Object) []reconcile.Request {
		return requests(ctx, o.GetNamespace(), programOf(o))
	})
	// Only a rule object's spec (its generation), its creation and its deletion change what
	// compiles; the status this reconciler writes does not. Without the filter every status
	// patch would re-check the object and all its siblings: with 10 rules a program, about
	// five passes a rule to reach Ready, each compiling the whole program.
	specOnly := builder.WithPredicates(predicate.GenerationChangedPredicate{})
	// Of a program, its spec and the rule set it serves matter; its other conditions, which
	// change several times on the way to Ready, do not.
	specOrRuleset := builder.WithPredicates(predicate.Funcs{UpdateFunc: func(e event.UpdateEvent) bool {
		o, n := e.ObjectOld.(*v1alpha1.PointsProgram), e.ObjectNew.(*v1alpha1.PointsProgram)
		return o.Generation != n.Generation || o.Status.RulesetVersion != n.Status.RulesetVersion
	}})
	b := ctrl.NewControllerManagedBy(mgr).For(r.New(), specOnly).Watches(&v1alpha1.PointsProgram{}, fromProgram, specOrRuleset).Named(r.Kind)
	for _, kind := range []client.Object{&v1alpha1.EarnRule{}, &v1alpha1.TierPolicy{}, &v1alpha1.RedemptionCatalog{}} {
		b = b.Watches(kind, sibling, specOnly)
	}
	return b.Complete(r)
}

// recordChange records an event when the object's Ready condition moved to in effect (with a
// rule set other than before) or to a spec that does not compile.
func (r *RuleReconciler[T]) recordChange(obj, base T, ready *metav1.Condition, version string) {
	if r.Recorder == nil {
		return
	}
	baseStatus, baseVersion := base.RuleStatus()
	was := meta.FindStatusCondition(baseStatus.Conditions, v1alpha1.ConditionReady)
	switch {
	case ready.Reason == v1alpha1.ReasonPublished && (was == nil || was.Reason != v1alpha1.ReasonPublished || *baseVersion != version):
		r.Recorder.Eventf(obj, nil, corev1.EventTypeNormal, "InEffect", "Publish", "%s", ready.Message)
	case ready.Reason == v1alpha1.ReasonInvalidSpec && (was == nil || was.Message != ready.Message):
		r.Recorder.Eventf(obj, nil, corev1.EventTypeWarning, v1alpha1.ReasonInvalidSpec, "Compile", "%s", ready.Message)
	}
}
