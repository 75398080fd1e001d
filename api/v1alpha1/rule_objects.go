package v1alpha1

// The EarnRule, TierPolicy and RedemptionCatalog are parts of a program's rule set: each names
// its program and reports, beside the status every kind has, the rule set that includes its
// generation. These methods let the controllers handle the three alike.

// GetProgramRef returns the program the rule belongs to.
func (r *EarnRule) GetProgramRef() ProgramReference { return r.Spec.ProgramRef }

// GetProgramRef returns the program the tier policy belongs to.
func (t *TierPolicy) GetProgramRef() ProgramReference { return t.Spec.ProgramRef }

// GetProgramRef returns the program the catalog belongs to.
func (c *RedemptionCatalog) GetProgramRef() ProgramReference { return c.Spec.ProgramRef }

// RuleStatus returns the rule's common status and its status.rulesetVersion, to set.
func (r *EarnRule) RuleStatus() (*CommonStatus, *string) {
	return &r.Status.CommonStatus, &r.Status.RulesetVersion
}

// RuleStatus returns the tier policy's common status and its status.rulesetVersion, to set.
func (t *TierPolicy) RuleStatus() (*CommonStatus, *string) {
	return &t.Status.CommonStatus, &t.Status.RulesetVersion
}

// RuleStatus returns the catalog's common status and its status.rulesetVersion, to set.
func (c *RedemptionCatalog) RuleStatus() (*CommonStatus, *string) {
	return &c.Status.CommonStatus, &c.Status.RulesetVersion
}
