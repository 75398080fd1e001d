package controllers

import (
	"context"
	"fmt"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/types"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/controller/controllerutil"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// A program with deletionPolicy Delete whose administrator URI is in a Secret of its own
// namespace (spec.database.secretRef) needs that Secret to drop its data when it is deleted.
// Deleting the namespace deletes both at once; without the Secret the program's finalizer could
// never finish, and the namespace would stay Terminating. So the program holds the Secret with
// the same finalizer as long as it may need it: the Secret outlives the program's clean-up,
// then goes. (On a LedgerDatabase the Secret is in the operator's namespace, out of reach of a
// tenant's deletion.)

// needsSecret says whether p holds its administrator Secret.
func needsSecret(p *v1alpha1.PointsProgram) bool {
	return p.Spec.Database.SecretRef != nil && p.Spec.DeletionPolicy == v1alpha1.DeletionDelete && p.DeletionTimestamp == nil
}

// holdSecret puts the finalizer on Secret s when p needs it (p names it, and needs is true),
// and takes it off when no program of the namespace needs that Secret any longer.
func (r *PointsProgramReconciler) holdSecret(ctx context.Context, p *v1alpha1.PointsProgram, s *corev1.Secret, needs bool) error {
	hold := needs && needsSecret(p)
	if !hold {
		var programs v1alpha1.PointsProgramList
		if err := r.List(ctx, &programs, client.InNamespace(p.Namespace)); err != nil {
			return fmt.Errorf("list programs: %w", err)
		}
		for i := range programs.Items {
			o := &programs.Items[i]
			if o.Name != p.Name && needsSecret(o) && o.Spec.Database.SecretRef.Name == s.Name {
				hold = true
			}
		}
	}
	base := s.DeepCopy()
	changed := controllerutil.RemoveFinalizer(s, finalizer)
	if hold {
		changed = controllerutil.AddFinalizer(s, finalizer)
	}
	if !changed {
		return nil
	}
	err := r.Patch(ctx, s, client.MergeFromWithOptions(base, client.MergeFromWithOptimisticLock{}))
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("finalizer of Secret %s: %w", s.Name, err)
	}
	return nil
}

// releaseUnneeded lets go of the Secrets of p's namespace that hold the finalizer while no
// program needs them: one a program named before it moved to a LedgerDatabase or to another
// Secret, or before it moved to Retain. It lists the namespace's Secrets from the API server
// (they are not in the cache), so it runs only on a pass that provisions.
func (r *PointsProgramReconciler) releaseUnneeded(ctx context.Context, p *v1alpha1.PointsProgram) error {
	var secrets corev1.SecretList
	if err := r.APIReader.List(ctx, &secrets, client.InNamespace(p.Namespace)); err != nil {
		return fmt.Errorf("list Secrets: %w", err)
	}
	for i := range secrets.Items {
		s := &secrets.Items[i]
		if p.Spec.Database.SecretRef != nil && s.Name == p.Spec.Database.SecretRef.Name {
			continue // holdSecret decides about this one
		}
		if controllerutil.ContainsFinalizer(s, finalizer) {
			if err := r.holdSecret(ctx, p, s, false); err != nil {
				return err
			}
		}
	}
	return nil
}

// releaseSecret lets go of p's administrator Secret, when p holds one, as p goes.
func (r *PointsProgramReconciler) releaseSecret(ctx context.Context, p *v1alpha1.PointsProgram) error {
	ref := p.Spec.Database.SecretRef
	if ref == nil {
		return nil
	}
	s := &corev1.Secret{}
	if err := r.APIReader.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: ref.Name}, s); err != nil {
		return client.IgnoreNotFound(err)
	}
	return r.holdSecret(ctx, p, s, false)
}

// patchFinalizer adds (or removes) the program's finalizer on p with a patch that fails if p
// changed meanwhile, rather than an update of the whole object.
func (r *PointsProgramReconciler) patchFinalizer(ctx context.Context, p *v1alpha1.PointsProgram, add bool) (bool, error) {
	base := p.DeepCopy()
	changed := controllerutil.RemoveFinalizer(p, finalizer)
	if add {
		changed = controllerutil.AddFinalizer(p, finalizer)
	}
	if !changed {
		return false, nil
	}
	return true, r.Patch(ctx, p, client.MergeFromWithOptions(base, client.MergeFromWithOptimisticLock{}))
}
