package controllers

import (
	"context"
	"fmt"
	"strings"

	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/ruleset"
)

// programRefField indexes EarnRules, TierPolicies and RedemptionCatalogs by the program they
// belong to.
const programRefField = "spec.programRef.name"

// programInput reads the program's rules, tiers and catalogs from the cache.
func programInput(ctx context.Context, c client.Reader, p *v1alpha1.PointsProgram) (ruleset.Input, error) {
	in := ruleset.Input{Program: p}
	opts := []client.ListOption{client.InNamespace(p.Namespace), client.MatchingFields{programRefField: p.Name}}
	var rules v1alpha1.EarnRuleList
	if err := c.List(ctx, &rules, opts...); err != nil {
		return in, fmt.Errorf("list EarnRules: %w", err)
	}
	var tiers v1alpha1.TierPolicyList
	if err := c.List(ctx, &tiers, opts...); err != nil {
		return in, fmt.Errorf("list TierPolicies: %w", err)
	}
	var catalogs v1alpha1.RedemptionCatalogList
	if err := c.List(ctx, &catalogs, opts...); err != nil {
		return in, fmt.Errorf("list RedemptionCatalogs: %w", err)
	}
	for _, r := range rules.Items {
		if r.DeletionTimestamp == nil {
			in.Rules = append(in.Rules, r)
		}
	}
	for _, t := range tiers.Items {
		if t.DeletionTimestamp == nil {
			in.Tiers = append(in.Tiers, t)
		}
	}
	for _, c := range catalogs.Items {
		if c.DeletionTimestamp == nil {
			in.Catalogs = append(in.Catalogs, c)
		}
	}
	return in, nil
}

// describeErrors puts compile errors in one status message, the first few in full.
func describeErrors(errs []ruleset.FieldError, withObject bool) string {
	var parts []string
	for i, e := range errs {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(errs)-3))
			break
		}
		s := e.Message
		if e.Path != "" {
			s = e.Path + ": " + s
		}
		if withObject && e.Name != "" {
			s = e.Kind + " " + e.Name + ": " + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}
